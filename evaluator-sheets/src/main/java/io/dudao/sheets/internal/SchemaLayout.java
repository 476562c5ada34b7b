package io.dudao.sheets.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dudao.sheets.internal.Field.Choice;
import io.dudao.sheets.internal.Field.Kind;
import io.dudao.sheets.internal.Field.Label;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives the workbook's {@link Layout} from the facts JSON Schema at run time, so that fields added to the
 * schema appear in the workbook without code changes.
 *
 * <p>Rules: the district's scalars and nested objects become rows of the district sheet (nested objects
 * flattened to dotted paths); each array of objects and each map of objects (an object whose
 * {@code additionalProperties} is an object schema) directly under the district, or under one of its nested
 * objects, becomes a sheet with one row per item, its nested objects flattened to columns; arrays of
 * numbers or texts go in one cell separated by {@code ;}; a map of scalars ({@code extra}) takes one row or
 * column per name. A list or map of objects inside a list item has no sheet: it is recorded in
 * {@link Layout#skipped()} and stays JSON-only.
 *
 * <p>Labels come from each property's {@code description}: the Chinese label is the text before the first
 * colon ({@code 学校名称: school name.} gives 学校名称; without a colon, the text before the first Latin
 * letter), the English label the text after it up to the first full stop, comma or semicolon (without a
 * colon, the property name in words). The unit is the property's (or its definition's) {@code x-unit}
 * keyword, else a known unit in brackets in the description ({@code (m²)}, {@code (元)}). Enumerations
 * come from {@code enum} (an English constant followed by its Chinese spellings, the first being the label)
 * or from {@code oneOf}/{@code anyOf} alternatives with a {@code const} and a {@code title} or
 * {@code description}.
 */
public final class SchemaLayout {

    /** The facts schema on the class path (evaluator-core). */
    public static final String RESOURCE = "/io/dudao/schema/facts.schema.json";

    private static final Pattern UNIT = Pattern.compile("[(（]\\s*(m²|㎡|平方米|元|万元|人|间|个|%|册|台|套)\\s*[)）]");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    private static final Layout LAYOUT = derive(load());

    private final JsonNode root;
    private final List<String> skipped = new ArrayList<>();
    /** The dotted path of the table whose items are being walked, for naming skipped paths; else empty. */
    private String within = "";

    private SchemaLayout(JsonNode root) {
        this.root = root;
    }

    /** The layout of the facts schema on the class path, derived once. */
    public static Layout layout() {
        return LAYOUT;
    }

    /** The layout of a facts schema given as a tree (tests). */
    static Layout derive(JsonNode schema) {
        SchemaLayout s = new SchemaLayout(schema);
        JsonNode district = schema.at("/$defs/district");
        if (district.isMissingNode()) {
            throw new IllegalStateException("the facts schema has no $defs/district");
        }
        List<Field> fields = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        s.object(district, List.of(), List.of(), fields, tables);
        return new Layout(fields, tables, s.skipped);
    }

    private static JsonNode load() {
        try (InputStream in = SchemaLayout.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("facts schema " + RESOURCE + " is not on the class path");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the facts schema " + RESOURCE, e);
        }
    }

    /**
     * Adds the leaves of an object schema to {@code fields}; lists and maps of objects become tables when
     * {@code tables} is not {@code null}, else they are skipped.
     */
    private void object(JsonNode schema, List<String> path, List<Label> labels, List<Field> fields,
                        List<Table> tables) {
        JsonNode object = resolve(schema);
        Set<String> required = new HashSet<>();
        object.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = object.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            property(e.getKey(), e.getValue(), required.contains(e.getKey()), path, labels, fields, tables);
        }
    }

    private void property(String name, JsonNode property, boolean required, List<String> parentPath,
                          List<Label> parentLabels, List<Field> fields, List<Table> tables) {
        JsonNode schema = resolve(property);
        if (schema.has("const")) {
            return;   // a fixed value such as schemaVersion: nothing to collect
        }
        List<String> path = append(parentPath, name);
        String description = text(property, "description");
        if (description == null) {
            description = text(schema, "description");
        }
        List<Label> labels = append(parentLabels, label(name, description));
        String unit = unit(property, schema, description);
        List<Choice> choices = choices(schema);
        if (!choices.isEmpty()) {
            fields.add(new Field(path, labels, unit, Kind.CHOICE, choices, description, required));
            return;
        }
        Set<String> types = types(schema);
        if (types.contains("object")) {
            JsonNode additional = schema.get("additionalProperties");
            if (schema.has("properties")) {
                object(schema, path, labels, fields, tables);
            } else if (additional != null && additional.isObject()) {
                JsonNode value = resolve(additional);
                if (types(value).contains("object")) {
                    table(path, labels, true, value, description, tables);
                } else {
                    fields.add(new Field(path, labels, unit, Kind.OPEN_MAP, List.of(), description, required));
                }
            } else {
                skipped.add(within + String.join(".", path));
            }
        } else if (types.contains("array")) {
            JsonNode items = resolve(schema.path("items"));
            Set<String> itemTypes = types(items);
            if (itemTypes.contains("object")) {
                table(path, labels, false, items, description, tables);
            } else if (itemTypes.contains("number") || itemTypes.contains("integer")) {
                fields.add(new Field(path, labels, unit, Kind.NUMBER_LIST, List.of(), description, required));
            } else if (itemTypes.contains("string")) {
                fields.add(new Field(path, labels, unit, Kind.TEXT_LIST, List.of(), description, required));
            } else {
                skipped.add(within + String.join(".", path));
            }
        } else if (types.contains("integer")) {
            fields.add(new Field(path, labels, unit, Kind.INTEGER, List.of(), description, required));
        } else if (types.contains("number")) {
            fields.add(new Field(path, labels, unit, Kind.NUMBER, List.of(), description, required));
        } else if (types.contains("boolean")) {
            fields.add(new Field(path, labels, unit, Kind.BOOLEAN, List.of(), description, required));
        } else {
            fields.add(new Field(path, labels, unit, Kind.TEXT, List.of(), description, required));
        }
    }

    /** A sheet for a list or map of objects, or a skipped path when it sits inside another sheet's items. */
    private void table(List<String> path, List<Label> labels, boolean keyed, JsonNode items, String description,
                       List<Table> tables) {
        if (tables == null) {
            skipped.add(within + String.join(".", path));
            return;
        }
        List<Field> columns = new ArrayList<>();
        within = String.join(".", path) + ".";
        object(items, List.of(), List.of(), columns, null);
        within = "";
        tables.add(new Table(path, labels.get(labels.size() - 1), keyed, columns, description));
    }

    /** Follows {@code $ref}s within the document. */
    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int hops = 0; s.has("$ref") && hops < 32; hops++) {
            String ref = s.get("$ref").asText();
            if (!ref.startsWith("#")) {
                throw new IllegalStateException("the facts schema refers outside itself: " + ref);
            }
            JsonNode target = root.at(ref.substring(1));
            if (target.isMissingNode()) {
                throw new IllegalStateException("the facts schema refers to a missing definition: " + ref);
            }
            s = target;
        }
        return s;
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new HashSet<>();
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        } else if (schema.has("properties")) {
            types.add("object");
        } else if (schema.has("items")) {
            types.add("array");
        }
        return types;
    }

    /** The values of an enumeration: English constants, each followed by its Chinese spellings. */
    static List<Choice> choices(JsonNode schema) {
        List<Choice> choices = new ArrayList<>();
        if (schema.has("enum")) {
            String constant = null;
            List<String> spellings = new ArrayList<>();
            for (JsonNode value : schema.get("enum")) {
                if (value.isNull()) {
                    continue;
                }
                String v = value.asText();
                if (ascii(v) || constant == null) {
                    if (constant != null) {
                        choices.add(choice(constant, spellings));
                    }
                    constant = v;
                    spellings = new ArrayList<>(List.of(v));
                } else {
                    spellings.add(v);
                }
            }
            if (constant != null) {
                choices.add(choice(constant, spellings));
            }
            return choices;
        }
        for (String keyword : List.of("oneOf", "anyOf")) {
            for (JsonNode alternative : schema.path(keyword)) {
                if (alternative.has("const") && !alternative.get("const").isNull()) {
                    String constant = alternative.get("const").asText();
                    String title = text(alternative, "title");
                    if (title == null && text(alternative, "description") != null) {
                        title = label("", text(alternative, "description")).zh();
                    }
                    List<String> spellings = new ArrayList<>(List.of(constant));
                    if (title != null && !title.isBlank() && !title.equals(constant)) {
                        spellings.add(title);
                    }
                    choices.add(choice(constant, spellings));
                }
            }
        }
        return choices;
    }

    private static Choice choice(String constant, List<String> spellings) {
        return new Choice(constant, spellings.size() > 1 ? spellings.get(1) : constant, spellings);
    }

    /** The labels of a property from its description; see the class comment. */
    static Label label(String name, String description) {
        String words = words(name);
        if (description == null || description.isBlank()) {
            return new Label(name, words);
        }
        String d = description.strip();
        int colon = firstColon(d);
        String zh;
        String en;
        if (colon > 0 && !LATIN.matcher(d.substring(0, colon)).find()) {
            zh = d.substring(0, colon).strip();
            en = sentence(d.substring(colon + 1));
        } else {
            Matcher latin = LATIN.matcher(d);
            zh = trimEnd(latin.find() ? d.substring(0, latin.start()) : d);
            en = words;
        }
        if (zh.isEmpty()) {
            zh = en.isEmpty() ? name : en;
        }
        return new Label(zh, en.isEmpty() ? words : en);
    }

    private static int firstColon(String d) {
        int ascii = d.indexOf(':');
        int wide = d.indexOf('：');
        if (ascii < 0) {
            return wide;
        }
        return wide < 0 ? ascii : Math.min(ascii, wide);
    }

    /** The first clause of an English description: up to a full stop, comma, semicolon or bracket. */
    private static String sentence(String text) {
        String t = text.strip();
        int end = t.length();
        for (String stop : List.of(". ", ", ", "; ", " (", " e.g.")) {
            int at = t.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        t = t.substring(0, end).strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    private static String trimEnd(String text) {
        int end = text.length();
        while (end > 0 && "(（[ /-,，;；:：".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end).strip();
    }

    /** {@code areaTeachingAux} → {@code area teaching aux}. */
    private static String words(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String unit(JsonNode property, JsonNode schema, String description) {
        for (JsonNode s : List.of(property, schema)) {
            if (s.hasNonNull("x-unit")) {
                return s.get("x-unit").asText();
            }
        }
        if (description != null) {
            Matcher m = UNIT.matcher(description);
            if (m.find()) {
                return m.group(1).equals("㎡") || m.group(1).equals("平方米") ? "m²" : m.group(1);
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isTextual() ? null : v.asText();
    }

    private static boolean ascii(String s) {
        return s.chars().allMatch(c -> c < 128);
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }
}
