package io.dudao.internal.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The line-aware reading of composed YAML trees shared by every YAML file the library reads (catalogs,
 * parameters, overlays, manifests, scenarios): problems are reported at the node, never thrown.
 */
public final class YamlNodes {

    /** Where a reader collects its problems. */
    @FunctionalInterface
    public interface Problems {
        /** Reports {@code message} at {@code at} (its line and column), or at the document when {@code null}. */
        void report(Node at, String message);
    }

    private YamlNodes() {
    }

    /** The 1-based line of {@code n}, 0 when {@code null}. */
    public static int line(Node n) {
        return n == null ? 0 : n.getStartMark().getLine() + 1;
    }

    /** The entries of a mapping in document order, keys as text; reports anything else. */
    public static Map<String, Node> map(Node node, String what, Problems problems) {
        Map<String, Node> m = new LinkedHashMap<>();
        if (!(node instanceof MappingNode mapping)) {
            problems.report(node, what + " must be a mapping");
            return m;
        }
        for (NodeTuple t : mapping.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k) {
                m.put(k.getValue(), t.getValueNode());
            } else {
                problems.report(t.getKeyNode(), "keys of " + what + " must be plain names");
            }
        }
        return m;
    }

    /** Reports every key of {@code m} not in {@code allowed}, at the value of that key. */
    public static void onlyKeys(Map<String, Node> m, String what, List<String> allowed, Problems problems) {
        m.forEach((key, value) -> {
            if (!allowed.contains(key)) {
                problems.report(value, "unknown key '" + key + "' in " + what + " (allowed: "
                        + String.join(", ", allowed) + ")");
            }
        });
    }
}
