package io.dudao.internal.ruleset;

import io.dudao.api.RuleProblem;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.dudao.internal.yaml.YamlNodes;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a YAML document as a tree whose every node knows its line and column, so that problems in
 * catalogs, parameter files and manifests name the line. Problems are collected, not thrown.
 */
final class Yaml {

    private final String file;
    private final List<RuleProblem> problems;

    Yaml(String file, List<RuleProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The root node of {@code text}, or {@code null} after reporting a syntax error. */
    Node parse(String text) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            Node root = new org.yaml.snakeyaml.Yaml(options).compose(new StringReader(text));
            if (root == null) {
                problem(null, "the file is empty");
            }
            return root;
        } catch (org.yaml.snakeyaml.error.MarkedYAMLException e) {
            var mark = e.getProblemMark();
            problems.add(new RuleProblem(file, mark == null ? 0 : mark.getLine() + 1,
                    mark == null ? 0 : mark.getColumn() + 1, "YAML syntax: " + e.getProblem()));
            return null;
        } catch (RuntimeException e) {
            problems.add(new RuleProblem(file, 0, 0, "YAML: " + e.getMessage()));
            return null;
        }
    }

    void problem(Node at, String message) {
        problems.add(new RuleProblem(file, at == null ? 0 : at.getStartMark().getLine() + 1,
                at == null ? 0 : at.getStartMark().getColumn() + 1, message));
    }

    String file() {
        return file;
    }

    /** The entries of a mapping, by key, in document order; reports a non-mapping. */
    Map<String, Node> map(Node node, String what) {
        return YamlNodes.map(node, what, this::problem);
    }

    /** Reports every key of {@code m} not in {@code allowed}. */
    void onlyKeys(Map<String, Node> m, Node at, String what, List<String> allowed) {
        YamlNodes.onlyKeys(m, what, allowed, this::problem);
    }

    List<Node> list(Node node, String what) {
        if (node instanceof SequenceNode seq) {
            return seq.getValue();
        }
        problem(node, what + " must be a list");
        return List.of();
    }

    /** A required scalar; reports its absence at {@code owner}. */
    String string(Map<String, Node> m, String key, Node owner, String what) {
        Node n = m.get(key);
        if (n == null) {
            problem(owner, what + " lacks '" + key + "'");
            return null;
        }
        return scalar(n, what + "." + key);
    }

    /** An optional scalar. */
    String optString(Map<String, Node> m, String key, String what) {
        Node n = m.get(key);
        return n == null ? null : scalar(n, what + "." + key);
    }

    String scalar(Node n, String what) {
        if (n instanceof ScalarNode s) {
            return s.getValue();
        }
        problem(n, what + " must be a single value");
        return null;
    }

    BigDecimal decimal(Node n, String what) {
        String s = scalar(n, what);
        if (s == null) {
            return null;
        }
        try {
            return new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            problem(n, what + " must be a number, found '" + s + "'");
            return null;
        }
    }

    /** A mapping of language → text, e.g. {@code {zh: …, en: …}}. */
    Map<String, String> texts(Map<String, Node> m, String key, Node owner, String what, boolean required) {
        Node n = m.get(key);
        if (n == null) {
            if (required) {
                problem(owner, what + " lacks '" + key + "'");
            }
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        map(n, what + "." + key).forEach((lang, v) -> {
            String s = scalar(v, what + "." + key + "." + lang);
            if (s != null) {
                out.put(lang, s);
            }
        });
        return out;
    }

    List<String> strings(Node n, String what) {
        List<String> out = new ArrayList<>();
        for (Node item : list(n, what)) {
            String s = scalar(item, what + " item");
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    static int line(Node n) {
        return YamlNodes.line(n);
    }
}
