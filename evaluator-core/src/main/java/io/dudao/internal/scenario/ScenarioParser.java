package io.dudao.internal.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dudao.api.Missing;
import io.dudao.api.Verdict;
import io.dudao.api.scenario.RuleSelection;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one scenario file (YAML, or JSON, which YAML reads too) into a {@link Scenario}, collecting every
 * problem with its line. Paths in the file ({@code rules}, {@code overlays}, {@code base}) are relative to
 * the file's folder. Unknown keys are problems: a typo must not silently drop an expectation.
 */
final class ScenarioParser {

    private static final List<String> KEYS = List.of("schemaVersion", "name", "description", "tags", "standards", "rules",
            "overlays", "asOf", "pending", "facts", "base", "changes", "expect", "expectError");
    private static final List<String> EXPECT_KEYS = List.of("indicator", "subject", "verdict", "value", "tolerance",
            "reason", "failing", "missing", "explanation");
    private static final List<String> CHANGE_KEYS = List.of("school", "set", "remove", "addSchool", "removeSchool");
    private static final List<String> VERDICTS = Arrays.stream(Verdict.values()).map(Enum::name).toList();

    /**
     * What reading gave.
     *
     * @param name     the scenario name, when it could be read
     * @param scenario the scenario, or {@code null} when there are problems
     * @param problems every problem, in the order found
     */
    record Parsed(String name, Scenario scenario, List<Problem> problems) {
    }

    private final Path folder;
    private final Nodes y = new Nodes();

    private ScenarioParser(Path file) {
        this.folder = file.toAbsolutePath().normalize().getParent();
    }

    static Parsed parse(Path file, String text) {
        return new ScenarioParser(file).parse(text);
    }

    private Parsed parse(String text) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            return new Parsed(null, null, List.of(new Problem(mark == null ? 0 : mark.getLine() + 1,
                    mark == null ? 0 : mark.getColumn() + 1, "YAML syntax: " + what)));
        } catch (YAMLException e) {
            return new Parsed(null, null, List.of(new Problem(0, 0, "YAML: " + e.getMessage())));
        }
        if (root == null) {
            return new Parsed(null, null, List.of(new Problem(1, 1, "the file is empty; a scenario needs at least "
                    + "name, standards, facts or base, and expect or expectError")));
        }
        Map<String, Node> m = y.map(root, "a scenario");
        if (!(root instanceof MappingNode)) {
            return new Parsed(null, null, y.problems());
        }
        y.onlyKeys(m, "a scenario", KEYS);
        if (m.containsKey("schemaVersion") && !"1".equals(y.text(m.get("schemaVersion"), "schemaVersion"))) {
            y.problem(m.get("schemaVersion"), "schemaVersion must be \"1\"");
        }
        if (m.containsKey("description")) {
            y.text(m.get("description"), "description");
        }
        String name = y.required(m, "name", root, "the scenario");
        List<String> tags = m.containsKey("tags") ? y.texts(m.get("tags"), "tags") : List.of();
        String pending = pending(m.get("pending"));
        RuleSelection rules = rules(m, root);
        LocalDate asOf = m.containsKey("asOf") ? date(m.get("asOf")) : null;
        Scenario.Facts facts = facts(m, root);
        List<Change> changes = m.containsKey("changes") ? changes(m.get("changes")) : List.of();
        List<Scenario.Expectation> expectations = new ArrayList<>();
        Scenario.ExpectedError error = null;
        if (m.containsKey("expect") == m.containsKey("expectError")) {
            y.problem(m.containsKey("expect") ? m.get("expectError") : root,
                    "a scenario has either 'expect' (expected results) or 'expectError' (an expected error)");
        } else if (m.containsKey("expect")) {
            List<Node> items = y.list(m.get("expect"), "expect");
            if (items.isEmpty() && m.get("expect") instanceof SequenceNode) {
                y.problem(m.get("expect"), "expect lists at least one expected result");
            }
            items.forEach(n -> expectation(n).ifPresent(expectations::add));
        } else {
            error = expectedError(m.get("expectError"));
        }
        if (!y.problems().isEmpty()) {
            return new Parsed(name, null, y.problems());
        }
        return new Parsed(name, new Scenario(name, tags, pending, rules, asOf, facts, changes,
                expectations, error), List.of());
    }

    private String pending(Node n) {
        if (n == null) {
            return null;
        }
        if (n instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
            y.problem(n, "pending takes the reason the scenario is pending, e.g. pending: waiting for the overlay files");
            return null;
        }
        return y.text(n, "pending");
    }

    private RuleSelection rules(Map<String, Node> m, Node root) {
        List<String> standards = m.containsKey("standards") ? y.texts(m.get("standards"), "standards") : List.of();
        if (!m.containsKey("standards")) {
            y.problem(root, "the scenario lacks 'standards' (the standard ids to evaluate, e.g. [QB2017])");
        } else if (m.get("standards") instanceof SequenceNode seq && seq.getValue().isEmpty()) {
            y.problem(m.get("standards"), "standards names at least one standard id");
        }
        Path dir = null;
        if (m.containsKey("rules")) {
            String s = y.text(m.get("rules"), "rules");
            if (s != null) {
                dir = folder.resolve(s).normalize();
                if (!Files.isDirectory(dir)) {
                    y.problem(m.get("rules"), "rule directory " + s + " does not exist (resolved to " + dir + ")");
                }
            }
        }
        List<Path> overlays = new ArrayList<>();
        if (m.containsKey("overlays")) {
            y.texts(m.get("overlays"), "overlays").forEach(s -> overlays.add(folder.resolve(s).normalize()));
        }
        return standards.isEmpty() ? null : new RuleSelection(dir, standards, overlays);
    }

    private LocalDate date(Node n) {
        String s = y.text(n, "asOf");
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            y.problem(n, "asOf must be a date such as 2024-09-01, found '" + s + "'");
            return null;
        }
    }

    private Scenario.Facts facts(Map<String, Node> m, Node root) {
        Node inline = m.get("facts");
        Node base = m.get("base");
        if ((inline == null) == (base == null)) {
            y.problem(inline == null ? root : base,
                    "a scenario has either 'facts' (a district, inline) or 'base' (a facts file, with optional 'changes')");
            return null;
        }
        if (inline != null) {
            if (!(inline instanceof MappingNode)) {
                y.problem(inline, "facts must be a district: a mapping with code, schoolYear, schools, …");
                return null;
            }
            return new Scenario.Facts(y.json(inline, "facts"), null, Nodes.line(inline));
        }
        String s = y.text(base, "base");
        if (s == null) {
            return null;
        }
        Path p = folder.resolve(s).normalize();
        if (!Files.isRegularFile(p)) {
            y.problem(base, "base facts file " + s + " does not exist (resolved to " + p + ")");
            return null;
        }
        return new Scenario.Facts(null, p, Nodes.line(base));
    }

    private List<Change> changes(Node n) {
        List<Change> out = new ArrayList<>();
        for (Node item : y.list(n, "changes")) {
            Map<String, Node> m = y.map(item, "a change");
            y.onlyKeys(m, "a change", CHANGE_KEYS);
            int line = Nodes.line(item);
            if (m.containsKey("addSchool") || m.containsKey("removeSchool")) {
                if (m.size() != 1) {
                    y.problem(item, "addSchool and removeSchool each stand alone in a change");
                } else if (m.containsKey("addSchool")) {
                    JsonNode school = m.get("addSchool") instanceof MappingNode ? y.json(m.get("addSchool"), "addSchool") : null;
                    if (school instanceof ObjectNode o) {
                        out.add(new Change.AddSchool(line, o));
                    } else {
                        y.problem(m.get("addSchool"), "addSchool takes a school: a mapping with id, type, enrolment, …");
                    }
                } else {
                    for (String id : y.texts(m.get("removeSchool"), "removeSchool")) {
                        out.add(new Change.RemoveSchool(line, id));
                    }
                }
                continue;
            }
            if (!m.containsKey("set") && !m.containsKey("remove")) {
                if (item instanceof MappingNode) {
                    y.problem(item, "a change has 'set' or 'remove' (with 'school: ID' for a school, without for the "
                            + "district), or 'addSchool' or 'removeSchool'");
                }
                continue;
            }
            String school = m.containsKey("school") ? y.text(m.get("school"), "school") : null;
            List<Change.SetField> set = new ArrayList<>();
            if (m.containsKey("set")) {
                y.map(m.get("set"), "set").forEach((path, value) -> {
                    if (path(path, value, school)) {
                        JsonNode v = y.json(value, path);
                        if (v != null) {
                            set.add(new Change.SetField(Nodes.line(value), path, v));
                        }
                    }
                });
            }
            List<Change.RemoveField> remove = new ArrayList<>();
            if (m.containsKey("remove")) {
                Node r = m.get("remove");
                List<Node> items = r instanceof SequenceNode seq ? seq.getValue() : List.of(r);
                for (Node i : items) {
                    String path = y.text(i, "each field of remove");
                    if (path != null && path(path, i, school)) {
                        remove.add(new Change.RemoveField(Nodes.line(i), path));
                    }
                }
            }
            out.add(new Change.Edit(line, school, set, remove));
        }
        return out;
    }

    private boolean path(String path, Node at, String school) {
        if (Stream.of(path.split("\\.", -1)).anyMatch(String::isBlank)) {
            y.problem(at, "field path '" + path + "' has an empty part; write names joined by dots, e.g. teachers.primary.pe");
            return false;
        }
        String first = path.split("\\.")[0];
        if (school == null && first.equals("schools")) {
            y.problem(at, "change schools by id ('school: ID' with set/remove) or with addSchool/removeSchool, not by position");
            return false;
        }
        if (school != null && first.equals("id")) {
            y.problem(at, "a change cannot set or remove a school's id; use removeSchool and addSchool");
            return false;
        }
        return true;
    }

    private Optional<Scenario.Expectation> expectation(Node n) {
        Map<String, Node> m = y.map(n, "an expectation");
        if (!(n instanceof MappingNode)) {
            return Optional.empty();
        }
        y.onlyKeys(m, "an expectation", EXPECT_KEYS);
        String indicator = y.required(m, "indicator", n, "an expectation");
        String subject = y.required(m, "subject", n, "an expectation");
        String v = y.required(m, "verdict", n, "an expectation");
        Verdict verdict = null;
        if (v != null) {
            if (VERDICTS.contains(v)) {
                verdict = Verdict.valueOf(v);
            } else {
                y.problem(m.get("verdict"), "verdict must be one of " + VERDICTS + ", found '" + v + "'");
            }
        }
        boolean valueGiven = m.containsKey("value");
        BigDecimal value = valueGiven && !Nodes.isNull(m.get("value")) ? y.decimal(m.get("value"), "value") : null;
        BigDecimal tolerance = null;
        if (m.containsKey("tolerance")) {
            tolerance = y.decimal(m.get("tolerance"), "tolerance");
            if (tolerance != null && tolerance.signum() < 0) {
                y.problem(m.get("tolerance"), "tolerance must be 0 or more");
            }
            if (!valueGiven || Nodes.isNull(m.get("value"))) {
                y.problem(m.get("tolerance"), "tolerance needs a value to compare with");
            }
        }
        String reason = m.containsKey("reason") ? y.text(m.get("reason"), "reason") : null;
        List<String> failing = null;
        if (m.containsKey("failing")) {
            failing = m.get("failing") instanceof SequenceNode ? y.texts(m.get("failing"), "failing") : null;
            if (failing == null) {
                y.problem(m.get("failing"), "failing must be a list of subjects ([] for none)");
            }
        }
        List<Missing> missing = m.containsKey("missing") ? missing(m.get("missing"), subject) : null;
        List<Scenario.ExplanationExpectation> explanations = new ArrayList<>();
        if (m.containsKey("explanation")) {
            Node e = m.get("explanation");
            List<Node> items = e instanceof SequenceNode seq ? seq.getValue() : List.of(e);
            items.forEach(i -> explanation(i).ifPresent(explanations::add));
        }
        if (indicator == null || subject == null || verdict == null) {
            return Optional.empty();
        }
        return Optional.of(new Scenario.Expectation(Nodes.line(n), indicator, subject, verdict, valueGiven,
                value, tolerance, reason, failing, missing, explanations));
    }

    private List<Missing> missing(Node n, String subject) {
        List<Missing> out = new ArrayList<>();
        for (Node item : y.list(n, "missing")) {
            Map<String, Node> m = y.map(item, "a missing input");
            y.onlyKeys(m, "a missing input", List.of("subject", "field"));
            String field = y.required(m, "field", item, "a missing input");
            String s = m.containsKey("subject") ? y.text(m.get("subject"), "subject") : subject;
            if (field != null && s != null) {
                out.add(new Missing(s, field));
            }
        }
        return out;
    }

    private Optional<Scenario.ExplanationExpectation> explanation(Node n) {
        Map<String, Node> m = y.map(n, "an explanation");
        if (!(n instanceof MappingNode)) {
            return Optional.empty();
        }
        y.onlyKeys(m, "an explanation", List.of("locale", "equals", "contains"));
        String locale = y.required(m, "locale", n, "an explanation");
        if (m.containsKey("equals") == m.containsKey("contains")) {
            y.problem(n, "an explanation has either 'equals' (the whole text) or 'contains' (texts it must contain)");
            return Optional.empty();
        }
        String equals = m.containsKey("equals") ? y.text(m.get("equals"), "equals") : null;
        List<String> contains = m.containsKey("contains") ? y.texts(m.get("contains"), "contains") : List.of();
        if (locale == null || (equals == null && contains.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new Scenario.ExplanationExpectation(Nodes.line(n), locale, equals, contains));
    }

    private Scenario.ExpectedError expectedError(Node n) {
        Map<String, Node> m = y.map(n, "expectError");
        if (!(n instanceof MappingNode)) {
            return null;
        }
        y.onlyKeys(m, "expectError", List.of("code", "messageContains"));
        String code = y.required(m, "code", n, "expectError");
        List<String> contains = m.containsKey("messageContains") ? y.texts(m.get("messageContains"), "messageContains")
                : List.of();
        return code == null ? null : new Scenario.ExpectedError(Nodes.line(n), code, contains);
    }
}
