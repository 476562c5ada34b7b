package io.dudao.internal.facts;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.dudao.api.FactProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The facts JSON Schema ({@value #RESOURCE}) and the translation of its validation messages into
 * {@link FactProblem}s: the field path, the offending value as JSON text, and what was expected in plain
 * words, worded from the part of the schema that failed. Immutable and thread-safe.
 */
final class FactsSchema {

    static final String RESOURCE = "/io/dudao/schema/facts.schema.json";

    /** Plain words for the {@code $defs} whose format is a regular expression. */
    private static final Map<String, String> PATTERN_WORDS = Map.of(
            "identifier", "a non-empty code without whitespace or '/'",
            "schoolYear", "a school year such as 2024-2025 or 2024, or null");

    private final JsonNode root;
    private final JsonSchema schema;

    private FactsSchema(JsonNode root, JsonSchema schema) {
        this.root = root;
        this.schema = schema;
    }

    /** Loads the schema from the class path; a missing or broken schema is a packaging error. */
    static FactsSchema load() {
        try (InputStream in = FactsSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("facts schema " + RESOURCE + " is not on the class path");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
            schema.initializeValidators();
            return new FactsSchema(root, schema);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read facts schema " + RESOURCE, e);
        }
    }

    /** What a whole facts document must be, for a document that has no content at all. */
    String documentExpectation() {
        return describe(root, null);
    }

    /**
     * Validates a parsed facts document.
     *
     * @param document the document, read with {@link FactsJson#MAPPER}
     * @param source   the file name for the problems, or {@code null}
     * @return every problem, in document order, at most one per field path; empty when the document is valid
     */
    List<FactProblem> validate(JsonNode document, String source) {
        Map<String, Integer> order = documentOrder(document);
        List<Located> located = new ArrayList<>();
        for (ValidationMessage message : schema.validate(document)) {
            located.add(locate(message, source, order));
        }
        located.sort(Comparator.comparingInt(Located::position));
        Set<String> seen = new HashSet<>();
        List<FactProblem> problems = new ArrayList<>();
        for (Located l : located) {
            if (seen.add(l.problem().path())) {
                problems.add(l.problem());
            }
        }
        return problems;
    }

    /** A problem and its position in document order, for sorting. */
    private record Located(FactProblem problem, int position) {
    }

    private Located locate(ValidationMessage message, String source, Map<String, Integer> order) {
        String at = path(message.getInstanceLocation());
        JsonNode failing = keywordParent(message);
        String property = message.getProperty();
        FactProblem problem = switch (message.getType()) {
            case "required" -> new FactProblem(source, FieldPath.field(at, property), null,
                    describe(failing.path("properties").path(property), null));
            case "additionalProperties" -> new FactProblem(source, FieldPath.field(at, property),
                    FactsJson.text(message.getInstanceNode().get(property)), unknownField(failing));
            case "maximum" -> new FactProblem(source, at, FactsJson.text(message.getInstanceNode()),
                    "at most " + failing.get("maximum").asText());
            default -> new FactProblem(source, at, FactsJson.text(message.getInstanceNode()),
                    describe(failing, defName(message)));
        };
        // a missing field sorts where its object starts
        int position = order.getOrDefault(problem.path(), order.getOrDefault(at, Integer.MAX_VALUE));
        return new Located(problem, position);
    }

    /** The schema object holding the keyword that failed. */
    private JsonNode keywordParent(ValidationMessage message) {
        JsonNodePath keyword = message.getSchemaLocation().getFragment();
        JsonPointer pointer = JsonPointer.empty();
        for (int i = 0; i < keyword.getNameCount() - 1; i++) {
            Object element = keyword.getElement(i);
            pointer = element instanceof Integer index ? pointer.appendIndex(index)
                    : pointer.appendProperty(element.toString());
        }
        return root.at(pointer);
    }

    /** The {@code $defs} entry the failing keyword belongs to directly, or {@code null}. */
    private static String defName(ValidationMessage message) {
        JsonNodePath keyword = message.getSchemaLocation().getFragment();
        return keyword.getNameCount() == 3 && "$defs".equals(keyword.getName(0)) ? keyword.getName(1) : null;
    }

    private static String unknownField(JsonNode objectSchema) {
        List<String> allowed = new ArrayList<>();
        objectSchema.path("properties").fieldNames().forEachRemaining(allowed::add);
        return "no such field (allowed: " + String.join(", ", allowed) + ")";
    }

    /**
     * Plain words for what {@code schema} accepts, e.g. {@code an integer ≥ 0 or null}.
     *
     * @param defName the {@code $defs} name of {@code schema}, or {@code null} when it is not a definition
     */
    private String describe(JsonNode schema, String defName) {
        JsonNode ref = schema.get("$ref");
        if (ref != null) {
            String target = ref.asText();
            return describe(root.at(target.substring(1)), target.substring(target.lastIndexOf('/') + 1));
        }
        if (schema.has("enum")) {
            return oneOf(schema.get("enum"));
        }
        if (schema.has("const")) {
            return FactsJson.text(schema.get("const"));
        }
        if (schema.has("pattern")) {
            return PATTERN_WORDS.getOrDefault(defName, "a text matching " + schema.get("pattern").asText());
        }
        JsonNode types = schema.path("type");
        List<String> words = new ArrayList<>();
        for (JsonNode type : types.isArray() ? types : List.of(types)) {
            words.add(switch (type.asText()) {
                case "integer" -> "an integer" + minimum(schema);
                case "number" -> "a number" + minimum(schema);
                case "string" -> "a text";
                case "boolean" -> "true/false";
                case "object" -> "an object";
                case "array" -> "an array";
                case "null" -> "null";
                default -> "any value";
            });
        }
        return orList(words);
    }

    private static String minimum(JsonNode schema) {
        return schema.has("minimum") ? " ≥ " + schema.get("minimum").asText() : "";
    }

    /** {@code one of PRIMARY, JUNIOR or 小学, 初级中学, or null}: English constants, then Chinese spellings. */
    private static String oneOf(JsonNode values) {
        List<String> latin = new ArrayList<>();
        List<String> other = new ArrayList<>();
        boolean nullable = false;
        for (JsonNode value : values) {
            if (value.isNull()) {
                nullable = true;
            } else if (value.asText().chars().allMatch(c -> c < 128)) {
                latin.add(value.asText());
            } else {
                other.add(value.asText());
            }
        }
        String words = "one of " + String.join(", ", latin);
        if (!other.isEmpty()) {
            words += (latin.isEmpty() ? "" : " or ") + String.join(", ", other);
        }
        return nullable ? words + ", or null" : words;
    }

    private static String orList(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return words.subList(0, words.size() - 1).stream().collect(Collectors.joining(", "))
                + " or " + words.get(words.size() - 1);
    }

    /** Converts a validator's instance location into a field path. */
    private static String path(JsonNodePath location) {
        String path = "";
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            path = element instanceof Integer index ? FieldPath.index(path, index)
                    : FieldPath.field(path, element.toString());
        }
        return path;
    }

    /** The position of every field path of {@code document}, in document order. */
    private static Map<String, Integer> documentOrder(JsonNode document) {
        Map<String, Integer> order = new HashMap<>();
        number(document, "", order);
        return order;
    }

    private static void number(JsonNode node, String path, Map<String, Integer> order) {
        order.put(path, order.size());
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> number(e.getValue(), FieldPath.field(path, e.getKey()), order));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                number(node.get(i), FieldPath.index(path, i), order);
            }
        }
    }
}
