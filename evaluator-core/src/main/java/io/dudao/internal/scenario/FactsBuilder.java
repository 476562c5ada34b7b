package io.dudao.internal.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dudao.api.FactsException;
import io.dudao.api.FactsReader;
import io.dudao.facts.District;
import io.dudao.internal.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * Builds a scenario's district: the inline facts or the base file, with the changes applied to the JSON
 * document in order, then read by {@link FactsReader} so that changed facts are validated like any facts
 * file. Schools are addressed by id, never by position. Problems of the changes themselves (an unknown school
 * id, a field to remove that is absent) are collected with their lines; invalid resulting facts throw.
 */
final class FactsBuilder {

    private final Path file;
    private final List<Problem> problems = new ArrayList<>();

    FactsBuilder(Path file) {
        this.file = file;
    }

    List<Problem> problems() {
        return problems;
    }

    /**
     * The district, or {@code null} after problems.
     *
     * @throws FactsException when the resulting facts are invalid
     */
    District build(Scenario.Facts facts, List<Change> changes) {
        ObjectNode root = facts.inline() != null ? (ObjectNode) facts.inline().deepCopy() : readBase(facts);
        if (root == null) {
            return null;
        }
        changes.forEach(c -> apply(root, c));
        if (!problems.isEmpty()) {
            return null;
        }
        String source = facts.base() == null ? file.toString()
                : facts.base().getFileName() + (changes.isEmpty() ? "" : " as changed by " + file.getFileName());
        try {
            return FactsReader.parse(Json.MAPPER.writeValueAsString(root), source).get(0);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write facts as JSON", e);
        }
    }

    private ObjectNode readBase(Scenario.Facts facts) {
        JsonNode doc;
        try {
            doc = Json.MAPPER.readTree(Files.readAllBytes(facts.base()));
        } catch (JsonProcessingException e) {
            // The facts reader words syntax errors best, with line, column and the text around them.
            FactsReader.read(facts.base());
            throw new IllegalStateException("the facts reader accepted what JSON parsing rejected", e);
        } catch (IOException e) {
            problems.add(new Problem(facts.line(), 0, "cannot read base facts " + facts.base() + ": " + e.getMessage()));
            return null;
        }
        if (doc instanceof ArrayNode a && a.size() == 1 && a.get(0) instanceof ObjectNode o) {
            return o;
        }
        if (doc instanceof ObjectNode o) {
            return o;
        }
        problems.add(new Problem(facts.line(), 0, "base facts " + facts.base().getFileName()
                + " must hold one district (a scenario evaluates one), found "
                + (doc instanceof ArrayNode a ? a.size() + " districts" : doc.getNodeType().name().toLowerCase(java.util.Locale.ROOT))));
        return null;
    }

    private void apply(ObjectNode district, Change change) {
        if (change instanceof Change.Edit e) {
            ObjectNode target = e.school() == null ? district : school(district, e.school(), e.line());
            if (target != null) {
                e.set().forEach(s -> set(target, s));
                e.remove().forEach(r -> remove(target, r));
            }
        } else if (change instanceof Change.AddSchool a) {
            JsonNode id = a.school().get("id");
            if (id == null || !id.isTextual() || id.asText().isBlank()) {
                problems.add(new Problem(a.line(), 0, "addSchool needs the school's id"));
            } else if (find(district, id.asText()) != null) {
                problems.add(new Problem(a.line(), 0, "addSchool: the facts already have a school with id " + id.asText()));
            } else {
                ArrayNode list = district.get("schools") instanceof ArrayNode arr ? arr : district.putArray("schools");
                list.add(a.school().deepCopy());
            }
        } else if (change instanceof Change.RemoveSchool r && school(district, r.id(), r.line()) != null) {
            ArrayNode schools = (ArrayNode) district.get("schools");
            for (int i = 0; i < schools.size(); i++) {
                if (idOf(schools.get(i)).equals(r.id())) {
                    schools.remove(i);
                    break;
                }
            }
        }
    }

    private ObjectNode school(ObjectNode district, String id, int line) {
        ObjectNode s = find(district, id);
        if (s == null) {
            JsonNode schools = district.get("schools");
            List<String> ids = schools instanceof ArrayNode a
                    ? StreamSupport.stream(a.spliterator(), false).map(FactsBuilder::idOf).toList() : List.of();
            problems.add(new Problem(line, 0, "no school with id " + id + " in the facts"
                    + (ids.isEmpty() ? " (it has no schools)" : " (ids: " + String.join(", ", ids) + ")")));
        }
        return s;
    }

    private static ObjectNode find(ObjectNode district, String id) {
        if (district.get("schools") instanceof ArrayNode a) {
            for (JsonNode s : a) {
                if (s instanceof ObjectNode o && idOf(o).equals(id)) {
                    return o;
                }
            }
        }
        return null;
    }

    private static String idOf(JsonNode school) {
        JsonNode id = school.get("id");
        return id == null ? "" : id.asText();
    }

    private void set(ObjectNode target, Change.SetField s) {
        String[] parts = s.path().split("\\.");
        ObjectNode o = target;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = o.get(parts[i]);
            if (child == null || child.isNull()) {
                o = o.putObject(parts[i]);
            } else if (child instanceof ObjectNode c) {
                o = c;
            } else {
                problems.add(new Problem(s.line(), 0, "cannot set " + s.path() + ": " + String.join(".", List.of(parts).subList(0, i + 1))
                        + " is " + child + ", not an object"));
                return;
            }
        }
        o.set(parts[parts.length - 1], s.value().deepCopy());
    }

    private void remove(ObjectNode target, Change.RemoveField r) {
        String[] parts = r.path().split("\\.");
        JsonNode o = target;
        for (int i = 0; i < parts.length - 1 && o != null; i++) {
            o = o.get(parts[i]);
        }
        if (!(o instanceof ObjectNode parent) || !parent.has(parts[parts.length - 1])) {
            problems.add(new Problem(r.line(), 0, "no field " + r.path() + " to remove"));
            return;
        }
        parent.remove(parts[parts.length - 1]);
    }
}
