package io.dudao.internal.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dudao.internal.yaml.YamlNodes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a composed YAML tree, in which every node knows its line, and collects problems instead of
 * throwing. Also converts YAML values to JSON for facts: numbers stay exact, dates stay text.
 */
final class Nodes {

    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);
    private static final int MAX_DEPTH = 64;

    private final List<Problem> problems = new ArrayList<>();

    List<Problem> problems() {
        return problems;
    }

    void problem(Node at, String message) {
        problems.add(new Problem(line(at), at == null ? 0 : at.getStartMark().getColumn() + 1, message));
    }

    static int line(Node n) {
        return YamlNodes.line(n);
    }

    /** The entries of a mapping in document order, keys as text; reports anything else. */
    Map<String, Node> map(Node node, String what) {
        return YamlNodes.map(node, what, this::problem);
    }

    /** Reports every key of {@code m} not in {@code allowed}, at the value of that key. */
    void onlyKeys(Map<String, Node> m, String what, List<String> allowed) {
        YamlNodes.onlyKeys(m, what, allowed, this::problem);
    }

    /** A non-blank scalar, or {@code null} after a problem. */
    String text(Node n, String what) {
        if (!(n instanceof ScalarNode s) || s.getTag().equals(Tag.NULL)) {
            problem(n, what + " must be a single value");
            return null;
        }
        if (s.getValue().isBlank()) {
            problem(n, what + " must not be blank");
            return null;
        }
        return s.getValue();
    }

    /** A required entry's text; reports its absence at {@code owner}. */
    String required(Map<String, Node> m, String key, Node owner, String what) {
        Node n = m.get(key);
        if (n == null) {
            problem(owner, what + " lacks '" + key + "'");
            return null;
        }
        return text(n, what + " '" + key + "'");
    }

    /** A value or a list of values, as a list of texts. */
    List<String> texts(Node n, String what) {
        List<String> out = new ArrayList<>();
        if (n instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                String s = text(item, "each of " + what);
                if (s != null) {
                    out.add(s);
                }
            }
        } else {
            String s = text(n, what);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** The items of a sequence; reports anything else. */
    List<Node> list(Node n, String what) {
        if (n instanceof SequenceNode seq) {
            return seq.getValue();
        }
        problem(n, what + " must be a list");
        return List.of();
    }

    /** An exact decimal; reports anything but a number. */
    BigDecimal decimal(Node n, String what) {
        if (n instanceof ScalarNode s && (s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.FLOAT))) {
            try {
                return new BigDecimal(s.getValue().replace("_", ""));
            } catch (NumberFormatException e) {
                problem(n, what + " must be a decimal number, found '" + s.getValue() + "'");
                return null;
            }
        }
        problem(n, what + " must be a number, found " + describe(n));
        return null;
    }

    /** Whether {@code n} is YAML's null ({@code null}, {@code ~} or nothing). */
    static boolean isNull(Node n) {
        return n instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    /** The JSON equivalent of a YAML value; numbers exact, timestamps as text. {@code null} after a problem. */
    JsonNode json(Node n, String what) {
        return json(n, what, 0);
    }

    private JsonNode json(Node n, String what, int depth) {
        if (depth > MAX_DEPTH) {
            problem(n, what + " is nested too deeply");
            return null;
        }
        if (n instanceof MappingNode) {
            ObjectNode o = JSON.objectNode();
            for (Map.Entry<String, Node> e : map(n, what).entrySet()) {
                JsonNode v = json(e.getValue(), what + "." + e.getKey(), depth + 1);
                if (v != null) {
                    o.set(e.getKey(), v);
                }
            }
            return o;
        }
        if (n instanceof SequenceNode seq) {
            ArrayNode a = JSON.arrayNode();
            for (Node item : seq.getValue()) {
                JsonNode v = json(item, what + " item", depth + 1);
                if (v != null) {
                    a.add(v);
                }
            }
            return a;
        }
        ScalarNode s = (ScalarNode) n;
        Tag tag = s.getTag();
        String v = s.getValue();
        if (tag.equals(Tag.NULL)) {
            return JSON.nullNode();
        }
        if (tag.equals(Tag.BOOL)) {
            return JSON.booleanNode(List.of("true", "yes", "on", "y").contains(v.toLowerCase(java.util.Locale.ROOT)));
        }
        try {
            if (tag.equals(Tag.INT)) {
                return JSON.numberNode(new BigInteger(v.replace("_", "")));
            }
            if (tag.equals(Tag.FLOAT)) {
                return JSON.numberNode(new BigDecimal(v.replace("_", "")));
            }
        } catch (NumberFormatException e) {
            problem(n, what + ": write '" + v + "' as a plain decimal number, or quote it to keep it as text");
            return null;
        }
        return JSON.textNode(v);
    }

    private static String describe(Node n) {
        if (n instanceof ScalarNode s) {
            return isNull(n) ? "nothing" : "'" + s.getValue() + "'";
        }
        return n instanceof MappingNode ? "a mapping" : "a list";
    }
}
