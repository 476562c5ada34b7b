package io.dudao.internal.ruleset;

import io.dudao.api.Assessment;
import io.dudao.api.Indicator;
import io.dudao.api.Operator;
import io.dudao.api.RuleProblem;
import io.dudao.api.RuleSetInfo;
import io.dudao.api.RulesException;
import io.dudao.api.SubjectKind;
import io.dudao.api.Verdict;
import io.dudao.facts.Stage;
import io.dudao.internal.Hashing;
import io.dudao.rulemodel.SchoolPart;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads a rule set from its folder: the manifest ({@code ruleset.yaml}), and per standard its catalog
 * ({@code catalog.yaml}), national parameters ({@code parameters.yaml}), DRL files and message bundles
 * ({@code messages_<locale>.properties}, read here and checked when the evaluator is built). Every problem is
 * collected with its file and line; any problem fails the load with one {@link RulesException}.
 */
public final class RuleSetLoader {

    static final List<String> STATUSES = List.of("OFF", "SEC", "UNCONFIRMED");

    private final RuleSetSource source;
    private final List<RuleProblem> ruleProblems = new ArrayList<>();
    private final List<RuleProblem> parameterProblems = new ArrayList<>();
    private final Composition composition = new Composition();

    private RuleSetLoader(RuleSetSource source) {
        this.source = source;
    }

    /**
     * Loads the rule set at {@code source}.
     *
     * @throws RulesException {@code rules.invalid} for manifest, catalog or DRL problems,
     *                        {@code parameters.invalid} when only parameter files are wrong
     */
    public static RuleSet load(RuleSetSource source) {
        return new RuleSetLoader(source).load();
    }

    private RuleSet load() {
        Path root = source.root();
        String manifestText = read(root.resolve("ruleset.yaml"), "ruleset.yaml");
        String id = null;
        String edition = null;
        java.time.LocalDate from = null;
        java.time.LocalDate until = null;
        List<StandardDef> standards = new ArrayList<>();
        if (manifestText != null) {
            Yaml y = new Yaml("ruleset.yaml", ruleProblems);
            Node doc = y.parse(manifestText);
            if (doc != null) {
                Map<String, Node> m = y.map(doc, "the manifest");
                y.onlyKeys(m, doc, "the manifest", List.of("id", "edition", "effective", "name", "standards"));
                id = y.string(m, "id", doc, "the manifest");
                edition = y.string(m, "edition", doc, "the manifest");
                if (m.containsKey("effective")) {
                    Map<String, Node> eff = y.map(m.get("effective"), "effective");
                    y.onlyKeys(eff, m.get("effective"), "effective", List.of("from", "until"));
                    from = date(y, eff.get("from"), "effective.from");
                    until = date(y, eff.get("until"), "effective.until");
                    if (from != null && until != null && until.isBefore(from)) {
                        y.problem(eff.get("until"), "effective.until " + until + " is before effective.from " + from);
                    }
                }
                Node list = m.get("standards");
                if (list == null) {
                    y.problem(doc, "the manifest lacks 'standards'");
                } else {
                    for (Node s : y.list(list, "standards")) {
                        String sid = y.scalar(s, "standard id");
                        if (sid != null) {
                            StandardDef def = loadStandard(sid, y, s);
                            if (def != null) {
                                standards.add(def);
                            }
                        }
                    }
                }
            }
        }
        if (ruleProblems.isEmpty()) {
            standards = composition.resolve(standards, ruleProblems);
        }
        if (!ruleProblems.isEmpty()) {
            List<RuleProblem> all = new ArrayList<>(ruleProblems);
            all.addAll(parameterProblems);
            throw new RulesException("rules.invalid", all);
        }
        if (!parameterProblems.isEmpty()) {
            throw new RulesException("parameters.invalid", parameterProblems);
        }
        return new RuleSet(new RuleSetInfo(id, edition, hash(root)), source, standards, from, until);
    }

    private static java.time.LocalDate date(Yaml y, Node n, String what) {
        if (n == null) {
            return null;
        }
        String s = y.scalar(n, what);
        try {
            return s == null ? null : java.time.LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            y.problem(n, what + " must be a date like 2017-04-26, found " + s);
            return null;
        }
    }

    private StandardDef loadStandard(String sid, Yaml manifest, Node at) {
        Path dir = source.root().resolve(sid);
        if (!Files.isDirectory(dir)) {
            manifest.problem(at, "standard " + sid + " has no folder " + sid + "/");
            return null;
        }
        String catalogFile = sid + "/catalog.yaml";
        String catalogText = read(dir.resolve("catalog.yaml"), catalogFile);
        String paramsFile = sid + "/parameters.yaml";
        String paramsText = read(dir.resolve("parameters.yaml"), paramsFile);
        if (catalogText == null || paramsText == null) {
            return null;
        }
        CatalogParser catalog = new CatalogParser(sid, new Yaml(catalogFile, ruleProblems));
        catalog.parse(catalogText);
        int before = parameterProblems.size();
        List<ParameterDef> params = new ParameterParser(sid, "national", new Yaml(paramsFile, parameterProblems))
                .parse(paramsText);
        List<Indicator> own = catalog.indicators().stream().filter(java.util.Objects::nonNull).toList();
        if (parameterProblems.size() == before) {
            checkThresholds(own, params, paramsFile);
        }
        List<StandardDef.RuleFile> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString();
                String rel = sid + "/" + name;
                if (name.endsWith(".drl")) {
                    String text = read(p, rel);
                    if (text != null) {
                        checkPackage(sid, rel, text);
                        files.add(new StandardDef.RuleFile(rel, text));
                    }
                } else if (DecisionTables.isTable(name)) {
                    StandardDef.RuleFile table = decisionTable(sid, p, rel);
                    if (table != null) {
                        files.add(table);
                    }
                } else if (DecisionTables.isUnnamedTable(name)) {
                    ruleProblems.add(new RuleProblem(rel, 0, 0, DecisionTables.unnamedMessage(name)));
                }
            }
        } catch (IOException e) {
            ruleProblems.add(new RuleProblem(sid + "/", 0, 0, "cannot list rule files: " + e.getMessage()));
        }
        if (files.isEmpty()) {
            ruleProblems.add(new RuleProblem(sid + "/", 0, 0, "standard " + sid
                    + " has no rule files (*.drl, or decision tables *.drl.csv, *.drl.xlsx)"));
        }
        List<StandardDef.MessageFile> messages = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().matches("messages_.*\\.properties")).sorted().toList()) {
                String rel = sid + "/" + p.getFileName();
                String text = read(p, rel);
                if (text != null) {
                    messages.add(new StandardDef.MessageFile(rel, text));
                }
            }
        } catch (IOException e) {
            ruleProblems.add(new RuleProblem(sid + "/", 0, 0, "cannot list message files: " + e.getMessage()));
        }
        composition.add(sid, catalog.includes, catalog.refs(), catalogFile);
        return new StandardDef(sid, catalog.name(), catalog.document(), catalog.dimensions(), catalog.indicators(),
                params, files, messages, catalog.includes.stream().map(Composition.Include::standard).toList(),
                catalog.refs().stream().collect(java.util.stream.Collectors.toMap(Composition.Ref::id,
                        Composition.Ref::target, (a, b) -> a, LinkedHashMap::new)), catalog.appliesWhen);
    }

    /**
     * A decision table as a rule file: its DRL (see {@link DecisionTables}) under the table's path, or null
     * when it cannot be converted. A wrong package is reported at the table's RuleSet cell.
     */
    private StandardDef.RuleFile decisionTable(String sid, Path p, String rel) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(p);
        } catch (IOException e) {
            ruleProblems.add(new RuleProblem(rel, 0, 0, "cannot read: " + e.getMessage()));
            return null;
        }
        DecisionTables.Converted t = DecisionTables.convert(rel, bytes, StandardDef.drlPackage(sid));
        ruleProblems.addAll(t.problems());
        if (t.drl() == null) {
            return null;
        }
        int before = ruleProblems.size();
        checkPackage(sid, rel, t.drl());
        for (int i = before; i < ruleProblems.size(); i++) {
            ruleProblems.set(i, DecisionTables.locate(ruleProblems.get(i), t.drl()));
        }
        return new StandardDef.RuleFile(rel, t.drl());
    }

    private static final java.util.regex.Pattern PACKAGE =
            java.util.regex.Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");

    /** The rules of a standard live in its own package, which is what puts them in the standard's KieBase. */
    private void checkPackage(String sid, String file, String text) {
        String expected = StandardDef.drlPackage(sid);
        java.util.regex.Matcher m = PACKAGE.matcher(text);
        if (!m.find()) {
            ruleProblems.add(new RuleProblem(file, 1, 1, "a rule file of " + sid + " starts with 'package " + expected + ";'"));
        } else if (!m.group(1).equals(expected)) {
            int line = (int) text.substring(0, m.start(1)).chars().filter(c -> c == '\n').count() + 1;
            ruleProblems.add(new RuleProblem(file, line, 1, "declares package " + m.group(1)
                    + ", but rules of standard " + sid + " belong to package " + expected));
        }
    }

    /** Every indicator with an operator needs a threshold of the matching direction, per stage where it has stages. */
    private void checkThresholds(List<Indicator> indicators, List<ParameterDef> params, String file) {
        Map<String, ParameterDef> byKey = new LinkedHashMap<>();
        params.forEach(p -> byKey.put(p.key(), p));
        Set<String> ids = new HashSet<>();
        indicators.forEach(i -> ids.add(i.id()));
        for (ParameterDef p : params) {
            if (p.key().endsWith(".threshold")) {
                String ind = p.key().substring(0, p.key().length() - ".threshold".length());
                if (!ids.contains(ind)) {
                    parameterProblems.add(new RuleProblem(file, p.line(), 1,
                            "threshold " + p.key() + " names indicator " + ind + ", which is not in the catalog"));
                }
            }
        }
        for (Indicator i : indicators) {
            if (i.operator() == null) {
                continue;
            }
            ParameterDef t = byKey.get(i.id() + ".threshold");
            if (t == null) {
                parameterProblems.add(new RuleProblem(file, 0, 0, "indicator " + i.id()
                        + " compares with a threshold but the file has no parameter " + i.id() + ".threshold"));
                continue;
            }
            if (t.type() != ParameterType.DECIMAL) {
                parameterProblems.add(new RuleProblem(file, t.line(), 1, t.key() + " must be of type DECIMAL"));
            }
            boolean min = i.operator() == Operator.GE || i.operator() == Operator.GT;
            String expected = min ? "MIN" : "MAX";
            if (!expected.equals(t.direction())) {
                parameterProblems.add(new RuleProblem(file, t.line(), 1, t.key() + " has direction " + t.direction()
                        + ", but indicator " + i.id() + " compares with " + i.operator() + ": expected " + expected));
            }
            if (i.subject() == SubjectKind.SCHOOL_PART || i.subject() == SubjectKind.DISTRICT_STAGE) {
                for (Stage st : List.of(Stage.PRIMARY, Stage.JUNIOR)) {
                    if (!t.values().containsKey(st) && !t.values().containsKey(null)) {
                        parameterProblems.add(new RuleProblem(file, t.line(), 1, t.key() + " lacks a value for " + st));
                    }
                }
            }
        }
    }

    private String read(Path p, String name) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            ruleProblems.add(new RuleProblem(name, 0, 0, Files.exists(p) ? "cannot read: " + e.getMessage()
                    : "missing file " + name));
            return null;
        }
    }

    /** {@code sha256:} over every regular file below {@code root}, by relative path. */
    static String hash(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            List<Path> files = s.filter(Files::isRegularFile).sorted().toList();
            Hashing h = new Hashing();
            for (Path f : files) {
                h.update(root.relativize(f).toString().replace('\\', '/'));
                h.update(Files.readAllBytes(f));
            }
            return h.digest();
        } catch (IOException e) {
            throw new RulesException("rules.invalid", List.of(new RuleProblem(root.toString(), 0, 0,
                    "cannot read the rule set to hash it: " + e.getMessage())));
        }
    }

    /** Parses one catalog. */
    static final class CatalogParser {
        private final String standard;
        private final Yaml y;
        private Map<String, String> name = Map.of();
        private String document;
        private final Map<String, Map<String, String>> dimensions = new LinkedHashMap<>();
        private final List<Indicator> indicators = new ArrayList<>();
        private final List<Composition.Ref> refs = new ArrayList<>();
        private final List<Composition.Include> includes = new ArrayList<>();
        private final List<String> appliesWhen = new ArrayList<>();

        CatalogParser(String standard, Yaml y) {
            this.standard = standard;
            this.y = y;
        }

        void parse(String text) {
            Node doc = y.parse(text);
            if (doc == null) {
                return;
            }
            Map<String, Node> m = y.map(doc, "the catalog");
            y.onlyKeys(m, doc, "the catalog", List.of("standard", "name", "document", "dimensions", "indicators",
                    "includes", "appliesWhen"));
            if (m.containsKey("includes")) {
                for (Node inc : y.list(m.get("includes"), "includes")) {
                    String iid = y.scalar(inc, "an included standard");
                    if (iid != null) {
                        includes.add(new Composition.Include(iid, Yaml.line(inc)));
                    }
                }
            }
            if (m.containsKey("appliesWhen")) {
                for (String a : y.strings(m.get("appliesWhen"), "appliesWhen")) {
                    if (!Composition.APPLIES_WHEN.contains(a)) {
                        y.problem(m.get("appliesWhen"), "appliesWhen: '" + a + "' is not one of " + Composition.APPLIES_WHEN);
                    } else {
                        appliesWhen.add(a);
                    }
                }
            }
            String sid = y.string(m, "standard", doc, "the catalog");
            if (sid != null && !sid.equals(standard)) {
                y.problem(m.get("standard"), "the catalog says standard " + sid + " but sits in folder " + standard);
            }
            name = y.texts(m, "name", doc, "the catalog", true);
            document = y.optString(m, "document", "the catalog");
            if (m.containsKey("dimensions")) {
                for (Node d : y.list(m.get("dimensions"), "dimensions")) {
                    Map<String, Node> dm = y.map(d, "a dimension");
                    String did = y.string(dm, "id", d, "a dimension");
                    if (did != null) {
                        dimensions.put(did, y.texts(dm, "name", d, "dimension " + did, true));
                    }
                }
            }
            Node list = m.get("indicators");
            if (list == null) {
                y.problem(doc, "the catalog lacks 'indicators'");
                return;
            }
            Set<String> seen = new HashSet<>();
            for (Node n : y.list(list, "indicators")) {
                if (n instanceof org.yaml.snakeyaml.nodes.MappingNode mn && mn.getValue().stream()
                        .anyMatch(t -> "ref".equals(y.scalar(t.getKeyNode(), "a key")))) {
                    Composition.Ref r = ref(n);
                    if (r != null) {
                        if (!seen.add(r.id())) {
                            y.problem(n, "indicator " + r.id() + " appears twice");
                        } else {
                            refs.add(r);
                            indicators.add(null);
                        }
                    }
                    continue;
                }
                Indicator i = indicator(n);
                if (i != null) {
                    if (!seen.add(i.id())) {
                        y.problem(n, "indicator " + i.id() + " appears twice");
                    } else {
                        indicators.add(i);
                    }
                }
            }
        }

        /** A {@code ref:} entry: an indicator of an included standard, listed here under an id of this one. */
        private Composition.Ref ref(Node n) {
            Map<String, Node> m = y.map(n, "an indicator reference");
            y.onlyKeys(m, n, "an indicator reference", List.of("ref", "id", "dimension", "aliases"));
            String target = y.string(m, "ref", n, "an indicator reference");
            String id = y.string(m, "id", n, "indicator reference " + target + " (the id this standard lists it under)");
            String what = "indicator " + id;
            if (id != null && !id.startsWith(standard + "-")) {
                y.problem(m.get("id"), what + ": ids of standard " + standard + " start with '" + standard + "-'");
            }
            String dimension = y.optString(m, "dimension", what);
            if (dimension != null && !dimensions.containsKey(dimension)) {
                y.problem(m.get("dimension"), what + ": dimension " + dimension + " is not declared under 'dimensions'");
            }
            List<String> aliases = m.containsKey("aliases") ? y.strings(m.get("aliases"), what + ".aliases") : List.of();
            if (id == null || target == null) {
                return null;
            }
            return new Composition.Ref(id, target, dimension, dimension == null ? null : dimensions.get(dimension),
                    aliases, y.file(), Yaml.line(m.get("ref")));
        }

        private Indicator indicator(Node n) {
            Map<String, Node> m = y.map(n, "an indicator");
            y.onlyKeys(m, n, "an indicator", List.of("id", "name", "dimension", "subject", "unit", "operator",
                    "decimals", "verdicts", "clause", "status", "aliases", "assessment"));
            String id = y.string(m, "id", n, "an indicator");
            String what = "indicator " + id;
            if (id != null && !id.startsWith(standard + "-")) {
                y.problem(m.get("id"), what + ": ids of standard " + standard + " start with '" + standard + "-'");
            }
            Map<String, String> names = y.texts(m, "name", n, what, true);
            for (String lang : List.of("zh", "en")) {
                if (!names.isEmpty() && !names.containsKey(lang)) {
                    y.problem(m.get("name"), what + " lacks a name in '" + lang + "'");
                }
            }
            String dimension = y.string(m, "dimension", n, what);
            if (dimension != null && !dimensions.containsKey(dimension)) {
                y.problem(m.get("dimension"), what + ": dimension " + dimension + " is not declared under 'dimensions'");
            }
            SubjectKind subject = enumValue(SubjectKind.class, y.string(m, "subject", n, what), m.get("subject"), what);
            Operator op = m.containsKey("operator")
                    ? enumValue(Operator.class, y.scalar(m.get("operator"), what + ".operator"), m.get("operator"), what)
                    : null;
            int decimals = 2;
            if (m.containsKey("decimals")) {
                BigDecimal d = y.decimal(m.get("decimals"), what + ".decimals");
                decimals = d == null ? 2 : d.intValue();
            }
            List<Verdict> verdicts = new ArrayList<>();
            if (m.containsKey("verdicts")) {
                for (String v : y.strings(m.get("verdicts"), what + ".verdicts")) {
                    Verdict vv = enumValue(Verdict.class, v, m.get("verdicts"), what);
                    if (vv != null) {
                        verdicts.add(vv);
                    }
                }
            } else {
                y.problem(n, what + " lacks 'verdicts'");
            }
            String clause = y.string(m, "clause", n, what);
            String status = y.string(m, "status", n, what);
            if (status != null && !STATUSES.contains(status)) {
                y.problem(m.get("status"), what + ": status must be one of " + STATUSES + ", found " + status);
            }
            List<String> aliases = m.containsKey("aliases") ? y.strings(m.get("aliases"), what + ".aliases") : List.of();
            Assessment assessment = m.containsKey("assessment")
                    ? enumValue(Assessment.class, y.scalar(m.get("assessment"), what + ".assessment"), m.get("assessment"),
                    what) : null;
            if (assessment == Assessment.MEASURED && op == null) {
                y.problem(m.get("assessment"), what + ": a MEASURED indicator needs an 'operator'");
            } else if (assessment != null && assessment != Assessment.MEASURED && op != null) {
                y.problem(m.get("assessment"), what + ": an indicator with an 'operator' is MEASURED, not " + assessment);
            }
            if (id == null || subject == null || names.isEmpty()) {
                return null;
            }
            return new Indicator(id, standard, names, dimension, subject, y.texts(m, "unit", n, what, false), op,
                    decimals, verdicts, clause, status, aliases, dimension == null ? null : dimensions.get(dimension),
                    assessment);
        }

        private <E extends Enum<E>> E enumValue(Class<E> type, String s, Node at, String what) {
            if (s == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, s);
            } catch (IllegalArgumentException e) {
                List<String> names = Stream.of(type.getEnumConstants()).map(Enum::name).toList();
                y.problem(at, what + ": '" + s + "' is not one of " + names);
                return null;
            }
        }

        Map<String, String> name() {
            return name;
        }

        String document() {
            return document;
        }

        Map<String, Map<String, String>> dimensions() {
            return dimensions;
        }

        /** The indicators in catalog order, with {@code null} where a {@link #refs() ref} stands (resolved later). */
        List<Indicator> indicators() {
            return indicators;
        }

        /** The {@code ref:} entries, in catalog order (one per {@code null} of {@link #indicators()}). */
        List<Composition.Ref> refs() {
            return refs;
        }
    }

    /** Parses one parameter file (national layer or overlay). */
    public static final class ParameterParser {
        private final String standard;
        private final String layer;
        private final Yaml y;
        private final Map<String, ParameterDef> national;

        /** A parser of the national layer, which declares every parameter. */
        public ParameterParser(String standard, String layer, Yaml y) {
            this(standard, layer, y, null);
        }

        /**
         * A parser of an overlay layer, which may only set parameters that {@code national} declares; their
         * type, unit, direction and status come from there.
         */
        ParameterParser(String standard, String layer, Yaml y, Map<String, ParameterDef> national) {
            this.standard = standard;
            this.layer = layer;
            this.y = y;
            this.national = national;
        }

        public List<ParameterDef> parse(String text) {
            List<ParameterDef> out = new ArrayList<>();
            Node doc = y.parse(text);
            if (doc == null) {
                return out;
            }
            Map<String, Node> m = y.map(doc, "the parameter file");
            y.onlyKeys(m, doc, "the parameter file", List.of("standard", "layer", "parameters"));
            String sid = y.string(m, "standard", doc, "the parameter file");
            if (sid != null && !sid.equals(standard)) {
                y.problem(m.get("standard"), "the parameter file says standard " + sid + ", expected " + standard);
            }
            Node list = m.get("parameters");
            if (list == null) {
                y.problem(doc, "the parameter file lacks 'parameters'");
                return out;
            }
            return parameters(list);
        }

        /** The parameters of a {@code parameters:} list, each key once. */
        List<ParameterDef> parameters(Node list) {
            List<ParameterDef> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Node n : y.list(list, "parameters")) {
                ParameterDef p = parameter(n);
                if (p != null) {
                    if (!seen.add(p.key())) {
                        y.problem(n, "parameter " + p.key() + " appears twice");
                    } else {
                        out.add(p);
                    }
                }
            }
            return out;
        }

        private ParameterDef parameter(Node n) {
            Map<String, Node> m = y.map(n, "a parameter");
            if (national != null) {
                return overlayParameter(n, m);
            }
            y.onlyKeys(m, n, "a parameter", List.of("key", "value", "values", "unit", "type", "direction", "status",
                    "local"));
            String key = y.string(m, "key", n, "a parameter");
            String what = "parameter " + key;
            String typeText = y.string(m, "type", n, what);
            ParameterType type = null;
            if (typeText != null) {
                try {
                    type = ParameterType.valueOf(typeText);
                } catch (IllegalArgumentException e) {
                    y.problem(m.get("type"), what + ": type must be one of " + List.of(ParameterType.values())
                            + ", found " + typeText);
                }
            }
            String direction = y.optString(m, "direction", what);
            if (direction != null && !List.of("MIN", "MAX").contains(direction)) {
                y.problem(m.get("direction"), what + ": direction must be MIN or MAX, found " + direction);
            }
            String status = y.optString(m, "status", what);
            if (status != null && !STATUSES.contains(status)) {
                y.problem(m.get("status"), what + ": status must be one of " + STATUSES + ", found " + status);
            }
            boolean local = "true".equals(y.optString(m, "local", what));
            if (key == null || type == null) {
                return null;
            }
            List<ParameterDef.Entry> entries = entries(type, m, n, what);
            if (entries == null) {
                return null;
            }
            return new ParameterDef(key, entries, y.optString(m, "unit", what), type, direction, status, local, layer,
                    y.file(), Yaml.line(n));
        }

        /** An overlay's parameter: a known key, its value(s), and optionally the same type and unit as national. */
        private ParameterDef overlayParameter(Node n, Map<String, Node> m) {
            y.onlyKeys(m, n, "an overlay parameter", List.of("key", "value", "values", "unit", "type"));
            String key = y.string(m, "key", n, "an overlay parameter");
            if (key == null) {
                return null;
            }
            String what = "parameter " + key;
            ParameterDef base = national.get(key);
            if (base == null) {
                String message = "unknown parameter " + key + " of standard " + standard;
                if (key.endsWith(".threshold")) {
                    message += ": " + key.substring(0, key.length() - 10) + " is not an indicator of its catalog";
                }
                y.problem(m.get("key"), message);
                return null;
            }
            String type = y.optString(m, "type", what);
            if (type != null && !type.equals(base.type().name())) {
                y.problem(m.get("type"), what + " has type " + base.type() + " in the national layer, not " + type);
                return null;
            }
            String unit = y.optString(m, "unit", what);
            if (unit != null && !unit.equals(base.unit())) {
                y.problem(m.get("unit"), what + " is in '" + base.unit() + "' in the national layer, not '" + unit + "'");
                return null;
            }
            List<ParameterDef.Entry> entries = entries(base.type(), m, n, what);
            if (entries == null) {
                return null;
            }
            return new ParameterDef(key, entries, base.unit(), base.type(), base.direction(), base.status(),
                    base.local(), layer, y.file(), Yaml.line(n));
        }

        /** {@code value: V}, or {@code values: [{from: DATE, value: V}, …]} in ascending date order. */
        private List<ParameterDef.Entry> entries(ParameterType type, Map<String, Node> m, Node n, String what) {
            Node single = m.get("value");
            Node dated = m.get("values");
            if ((single == null) == (dated == null)) {
                y.problem(n, what + " needs either 'value' or 'values' (a list of {from: DATE, value: …})");
                return null;
            }
            if (single != null) {
                Map<Stage, Object> v = values(type, single, what);
                return v == null ? null : List.of(new ParameterDef.Entry(null, v, Yaml.line(single)));
            }
            if (type == ParameterType.STAGE_WEIGHTS || type == ParameterType.FIELDS) {
                y.problem(dated, what + ": a " + type + " parameter cannot change by date");
                return null;
            }
            List<ParameterDef.Entry> out = new ArrayList<>();
            java.time.LocalDate last = null;
            for (Node item : y.list(dated, what + ".values")) {
                Map<String, Node> im = y.map(item, what + " dated value");
                y.onlyKeys(im, item, what + " dated value", List.of("from", "value"));
                String fromText = y.string(im, "from", item, what + " dated value");
                Node valueNode = im.get("value");
                if (valueNode == null) {
                    y.problem(item, what + " dated value lacks 'value'");
                    continue;
                }
                java.time.LocalDate from = null;
                if (fromText != null) {
                    try {
                        from = java.time.LocalDate.parse(fromText);
                    } catch (java.time.format.DateTimeParseException e) {
                        y.problem(im.get("from"), what + ": 'from' must be a date like 2025-09-01, found " + fromText);
                        continue;
                    }
                }
                if (from != null && last != null && !from.isAfter(last)) {
                    y.problem(im.get("from"), what + ": dates must ascend, but " + from + " follows " + last);
                }
                last = from;
                Map<Stage, Object> v = values(type, valueNode, what + " from " + from);
                if (v != null && from != null) {
                    out.add(new ParameterDef.Entry(from, v, Yaml.line(item)));
                }
            }
            return out.isEmpty() ? null : out;
        }

        private Map<Stage, Object> values(ParameterType type, Node n, String what) {
            Map<Stage, Object> values = new LinkedHashMap<>();
            switch (type) {
                case DECIMAL, STAGE_WEIGHTS -> {
                    if (n instanceof org.yaml.snakeyaml.nodes.MappingNode) {
                        for (Map.Entry<String, Node> e : y.map(n, what).entrySet()) {
                            Stage st = Stage.of(e.getKey());
                            if (st == null) {
                                y.problem(e.getValue(), what + ": '" + e.getKey() + "' is not a stage (PRIMARY, JUNIOR, SENIOR)");
                                continue;
                            }
                            BigDecimal d = y.decimal(e.getValue(), what + "." + e.getKey());
                            if (d != null) {
                                values.put(st, d);
                            }
                        }
                    } else if (type == ParameterType.STAGE_WEIGHTS) {
                        y.problem(n, what + ": stage weights are a mapping of stage to weight");
                        return null;
                    } else {
                        BigDecimal d = y.decimal(n, what);
                        if (d == null) {
                            return null;
                        }
                        values.put(null, d);
                    }
                }
                case INTEGER -> {
                    BigDecimal d = y.decimal(n, what);
                    if (d == null) {
                        return null;
                    }
                    if (d.stripTrailingZeros().scale() > 0) {
                        y.problem(n, what + " must be a whole number, found " + d.toPlainString());
                        return null;
                    }
                    values.put(null, d);
                }
                case BOOLEAN -> {
                    String s = y.scalar(n, what);
                    if (!"true".equals(s) && !"false".equals(s)) {
                        y.problem(n, what + " must be true or false, found " + s);
                        return null;
                    }
                    values.put(null, Boolean.valueOf(s));
                }
                case FIELDS -> {
                    List<String> fields = y.strings(n, what);
                    for (String f : fields) {
                        if (!SchoolPart.knownField(f)) {
                            y.problem(n, what + ": '" + f + "' is not a school field (known: "
                                    + SchoolPart.SCHOOL_FIELDS + " " + SchoolPart.STAGE_FIELDS + ")");
                        }
                    }
                    values.put(null, List.copyOf(fields));
                }
                default -> throw new IllegalStateException(type.name());
            }
            return values;
        }
    }
}
