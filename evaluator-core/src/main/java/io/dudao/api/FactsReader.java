package io.dudao.api;

import io.dudao.facts.District;
import io.dudao.internal.facts.FactsParser;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads facts files: UTF-8 JSON holding one district or an array of districts, as the facts schema
 * ({@code io/dudao/schema/facts.schema.json} on the class path) describes.
 *
 * <p>Reading validates the document against the schema (unknown fields are rejected, every numeric
 * field is a number ≥ 0 or {@code null}, enumerations take the English constant or a Chinese label),
 * binds it to the {@link District} records with numbers read exactly as {@code BigDecimal}, and then
 * checks what the schema cannot: unique school ids per district, enrolment and teacher blocks only for
 * the stages the school type has, teacher sub-counts within the full-time count, indoor sports area within
 * the teaching area, and a school year of consecutive years ({@code 2024-2025}). Absent and {@code null}
 * numbers stay {@code null}: unknown, never zero.
 *
 * <p>Every failure is a {@link FactsException} (code {@code facts.invalid}) listing every problem found,
 * in document order, each with the field path ({@code schools[3].enrolment.primary}; {@code [1].schools[0].id}
 * in an array file; {@code ""} for the whole document), the offending value as JSON text ({@code null}
 * when a required field is absent) and what was expected in plain words. Schema problems are reported
 * together; the semantic checks run once the schema is satisfied. A syntax error is one problem that
 * names its line and column and quotes the text around it; a file that cannot be read or is not UTF-8
 * is one problem too. A leading byte-order mark is ignored.
 *
 * <p>Thread-safe: all methods are static and share only immutable state.
 */
public final class FactsReader {

    private FactsReader() {
    }

    /**
     * Reads a facts file.
     *
     * @param file the file; problems name it as given ({@code file.toString()})
     * @return the districts in file order (one for a single-district file), unmodifiable
     * @throws FactsException       when the file cannot be read or its facts are invalid
     * @throws NullPointerException when {@code file} is {@code null}
     */
    public static List<District> read(Path file) {
        return FactsParser.read(file);
    }

    /**
     * Reads a facts document from a stream, to its end. The stream is not closed.
     *
     * @param in         the UTF-8 bytes of the document
     * @param sourceName the name problems give as their file, or {@code null} for none
     * @return the districts in document order, unmodifiable
     * @throws FactsException       when the stream cannot be read or its facts are invalid
     * @throws NullPointerException when {@code in} is {@code null}
     */
    public static List<District> read(InputStream in, String sourceName) {
        return FactsParser.read(in, sourceName);
    }

    /**
     * Parses a facts document held in a string.
     *
     * @param json       the JSON text
     * @param sourceName the name problems give as their file, or {@code null} for none
     * @return the districts in document order, unmodifiable
     * @throws FactsException       when the facts are invalid
     * @throws NullPointerException when {@code json} is {@code null}
     */
    public static List<District> parse(String json, String sourceName) {
        return FactsParser.parse(json, sourceName);
    }
}
