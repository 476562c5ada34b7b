package io.dudao.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/facts.md}, the field reference of the facts format, is written from the facts JSON Schema:
 * this test compares the two and fails when a field was added to the schema but not to the page. Rewrite
 * the page with {@code -Ddudao.updateGoldens=true} (as for the golden reports) and commit it.
 */
class FactsReferenceDocTest {

    private static final Path DOC = Path.of("../docs/facts.md");

    @Test
    void docsFactsMdIsWrittenFromTheSchema() throws IOException {
        JsonNode schema;
        try (InputStream in = FactsReferenceDocTest.class.getResourceAsStream("/io/dudao/schema/facts.schema.json")) {
            schema = new ObjectMapper().readTree(in);
        }
        String page = render(schema);
        if (Boolean.getBoolean("dudao.updateGoldens")) {
            Files.writeString(DOC, page, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(DOC)).as("docs/facts.md exists (write it with -Ddudao.updateGoldens=true)").isTrue();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/facts.md is out of date with facts.schema.json; rewrite it with -Ddudao.updateGoldens=true")
                .isEqualTo(page);
    }

    /** One table per object: the district, each list of objects, each map of findings. */
    static String render(JsonNode schema) {
        JsonNode defs = schema.get("$defs");
        StringBuilder out = new StringBuilder();
        out.append("# 事实数据字段 · Facts fields\n\n")
                .append("Written from `evaluator-core/src/main/resources/io/dudao/schema/facts.schema.json` by\n")
                .append("`FactsReferenceDocTest` (rewrite with `-Ddudao.updateGoldens=true`); do not edit by hand.\n")
                .append("Every value may be left out or `null`: that means unknown, never zero, and an indicator that\n")
                .append("needs it is INSUFFICIENT_DATA naming the path. Rules read a value by the path shown here\n")
                .append("(relative to its table), e.g. `$d.number(\"government.teacherAvgPay\")` on the district or\n")
                .append("`$s.sizes(\"classSizes.primary\")` on a school (AUTHORING.md).\n");
        List<Object[]> queue = new ArrayList<>();
        queue.add(new Object[] {"District · 区县", defs.get("district")});
        for (int i = 0; i < queue.size(); i++) {
            String title = (String) queue.get(i)[0];
            JsonNode def = (JsonNode) queue.get(i)[1];
            out.append("\n## ").append(title).append("\n\n");
            if (def.has("description")) {
                out.append(def.get("description").asText()).append("\n\n");
            }
            out.append("| path | type | description |\n|---|---|---|\n");
            rows(out, defs, def, "", queue, title);
        }
        return out.toString();
    }

    private static void rows(StringBuilder out, JsonNode defs, JsonNode def, String prefix, List<Object[]> queue,
                             String table) {
        Iterator<Map.Entry<String, JsonNode>> it = def.path("properties").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = prefix + e.getKey();
            JsonNode p = e.getValue();
            JsonNode target = resolve(defs, p);
            String description = p.has("description") ? p.get("description").asText()
                    : target.path("description").asText();
            if (isObject(target) && target.has("properties")) {
                out.append("| `").append(path).append("` | object | ").append(cell(description)).append(" |\n");
                rows(out, defs, target, path + ".", queue, table);
            } else if (isArray(target) && isObject(resolve(defs, target.path("items")))) {
                JsonNode item = resolve(defs, target.path("items"));
                String title = path + "[]";
                out.append("| `").append(path).append("` | list | ").append(cell(description))
                        .append(" One table row per item: see [").append(title).append("](#")
                        .append(anchor(title)).append(") |\n");
                queue.add(new Object[] {title, item});
            } else if (isObject(target) && target.path("additionalProperties").isObject()) {
                JsonNode item = resolve(defs, target.get("additionalProperties"));
                String title = path + ".<id>";
                out.append("| `").append(path).append("` | map | ").append(cell(description)).append(" By id: see [")
                        .append(title).append("](#").append(anchor(title)).append(") |\n");
                if (item.has("properties")) {
                    queue.add(new Object[] {title, item});
                }
            } else {
                out.append("| `").append(path).append("` | ").append(type(target)).append(" | ")
                        .append(cell(description)).append(" |\n");
            }
        }
    }

    private static JsonNode resolve(JsonNode defs, JsonNode p) {
        JsonNode n = p;
        while (n.has("$ref")) {
            String ref = n.get("$ref").asText();
            n = defs.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return n;
    }

    private static boolean isObject(JsonNode n) {
        return n.path("type").asText().equals("object") || contains(n.path("type"), "object");
    }

    private static boolean isArray(JsonNode n) {
        return n.path("type").asText().equals("array") || contains(n.path("type"), "array");
    }

    private static boolean contains(JsonNode types, String t) {
        if (types.isArray()) {
            for (JsonNode x : types) {
                if (x.asText().equals(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String type(JsonNode n) {
        if (n.has("enum")) {
            List<String> values = new ArrayList<>();
            n.get("enum").forEach(v -> {
                if (!v.isNull()) {
                    values.add(v.asText());
                }
            });
            return "one of " + String.join(" / ", values);
        }
        if (isArray(n)) {
            return "list of " + n.path("items").path("type").asText("values");
        }
        String t = n.path("type").isArray() ? n.path("type").get(0).asText() : n.path("type").asText("value");
        if (n.has("pattern") && t.equals("string")) {
            return "text `" + n.get("pattern").asText().replace("|", "\\|") + "`";
        }
        if (n.path("maximum").asLong() == Integer.MAX_VALUE) {
            return "count ≥ 0";
        }
        if (n.has("minimum") && n.has("maximum") && !t.equals("string")) {
            return t + " " + n.get("minimum").asText() + "–" + n.get("maximum").asText();
        }
        return n.has("minimum") ? t + " ≥ " + n.get("minimum").asText() : t;
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    private static String anchor(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9一-龥 -]", "").replace(' ', '-');
    }
}
