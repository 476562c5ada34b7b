package io.dudao.internal.facts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The Jackson configuration for facts, shared by reading, binding and quoting values in problems.
 * Numbers are read exactly ({@code 2250.30} stays a {@code BigDecimal} of scale 2), duplicate keys and
 * trailing content are syntax errors, unknown properties fail binding. Thread-safe.
 */
final class FactsJson {

    /** Values quoted in problems are cut after this many characters. */
    private static final int MAX_VALUE_LENGTH = 100;

    static final JsonMapper MAPPER = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private FactsJson() {
    }

    /**
     * {@code value} as compact JSON text for a problem report, cut to {@value #MAX_VALUE_LENGTH}
     * characters with a trailing {@code …}; record components that are {@code null} are left out.
     */
    static String text(Object value) {
        String text;
        try {
            text = MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getName() + " as JSON", e);
        }
        return text.length() <= MAX_VALUE_LENGTH ? text : text.substring(0, MAX_VALUE_LENGTH) + "…";
    }
}
