package io.dudao.internal.ruleset;

import io.dudao.api.RuleProblem;
import io.dudao.api.RulesException;
import io.dudao.facts.Stage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads overlay files and checks them against the national layer: every key known, type and unit as
 * national, and a value that only tightens a national floor (raises a MIN, lowers a MAX) unless the
 * parameter is marked {@code local: true}; a parameter without a direction may be set only where local.
 * A city overlay is checked against the province overlay of its province (the city code starts with
 * the province code) as well. All problems of all files are reported at once ({@code parameters.invalid}).
 */
public final class OverlayLoader {

    private OverlayLoader() {
    }

    /**
     * Loads {@code files} for the standards of {@code ruleSet}.
     *
     * @throws RulesException {@code parameters.invalid} listing every problem with file and line
     */
    public static List<Overlay> load(List<Path> files, List<StandardDef> standards) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, StandardDef> byId = new LinkedHashMap<>();
        standards.forEach(s -> byId.put(s.id(), s));
        List<Overlay> overlays = new ArrayList<>();
        for (Path file : files) {
            Overlay o = read(file, byId, problems);
            if (o != null) {
                overlays.add(o);
            }
        }
        for (int i = 0; i < overlays.size(); i++) {
            for (int j = 0; j < i; j++) {
                Overlay a = overlays.get(j);
                Overlay b = overlays.get(i);
                if (a.standard().equals(b.standard()) && a.layer().equals(b.layer())) {
                    problems.add(new RuleProblem(b.file(), 1, 1, "a second overlay for " + b.layer() + " of "
                            + b.standard() + " (the first is " + a.file() + ")"));
                }
            }
        }
        for (Overlay o : overlays) {
            Map<String, ParameterDef> national = index(byId.get(o.standard()).parameters());
            Overlay province = o.rank() == 2 ? overlays.stream().filter(p -> p.rank() == 1
                    && p.standard().equals(o.standard()) && o.code().startsWith(p.code())).findFirst().orElse(null)
                    : null;
            for (ParameterDef p : o.parameters()) {
                checkTightens(p, national.get(p.key()), "the national layer", problems);
                if (province != null) {
                    ParameterDef pp = index(province.parameters()).get(p.key());
                    if (pp != null) {
                        checkTightens(p, pp, province.layer() + " (" + province.file() + ")", problems);
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RulesException("parameters.invalid", problems);
        }
        return List.copyOf(overlays);
    }

    private static Overlay read(Path file, Map<String, StandardDef> standards, List<RuleProblem> problems) {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new RuleProblem(name, 0, 0, Files.exists(file) ? "cannot read: " + e.getMessage()
                    : "no such overlay file"));
            return null;
        }
        Yaml y = new Yaml(name, problems);
        Node doc = y.parse(text);
        if (doc == null) {
            return null;
        }
        Map<String, Node> m = y.map(doc, "the overlay");
        y.onlyKeys(m, doc, "the overlay", List.of("standard", "layer", "code", "name", "parameters"));
        String standard = y.string(m, "standard", doc, "the overlay");
        String level = y.string(m, "layer", doc, "the overlay");
        String code = y.string(m, "code", doc, "the overlay");
        if (level != null && !List.of("province", "city").contains(level)) {
            y.problem(m.get("layer"), "layer must be province or city, found " + level);
            return null;
        }
        if (code != null && !code.matches("[0-9A-Za-z]+")) {
            y.problem(m.get("code"), "code must be a province or city code such as 33 or 3301, found " + code);
            return null;
        }
        if (standard == null || level == null || code == null) {
            return null;
        }
        StandardDef def = standards.get(standard);
        if (def == null) {
            y.problem(m.get("standard"), "standard " + standard + " is not in the rule set (it has "
                    + standards.keySet() + ")");
            return null;
        }
        Node list = m.get("parameters");
        if (list == null) {
            y.problem(doc, "the overlay lacks 'parameters'");
            return null;
        }
        List<ParameterDef> params = new RuleSetLoader.ParameterParser(standard, level + ":" + code, y,
                index(def.parameters())).parameters(list);
        return new Overlay(standard, level, code, y.optString(m, "name", "the overlay"), name, params);
    }

    /** A layer may only tighten {@code base} unless the parameter is set locally. */
    private static void checkTightens(ParameterDef p, ParameterDef base, String baseName, List<RuleProblem> problems) {
        if (base.local()) {
            return;
        }
        if (base.direction() == null) {
            problems.add(new RuleProblem(p.file(), p.line(), 1, p.key() + " may be set only by the national layer: "
                    + "it has no direction to tighten and the catalog does not mark it as locally set (local: true)"));
            return;
        }
        boolean min = "MIN".equals(base.direction());
        for (ParameterDef.Entry e : p.entries()) {
            for (Map.Entry<Stage, Object> v : e.values().entrySet()) {
                for (ParameterDef.Entry b : overlapping(base, e, p)) {
                    Object bv = b.values().containsKey(v.getKey()) ? b.values().get(v.getKey()) : b.values().get(null);
                    if (!(bv instanceof BigDecimal bd) || !(v.getValue() instanceof BigDecimal ov)) {
                        continue;
                    }
                    int c = ov.compareTo(bd);
                    if (min ? c < 0 : c > 0) {
                        String stage = v.getKey() == null ? "" : " " + v.getKey();
                        problems.add(new RuleProblem(p.file(), e.line(), 1, p.key() + stage + " = "
                                + ov.toPlainString() + " loosens " + baseName + "'s " + (min ? "minimum " : "maximum ")
                                + bd.toPlainString() + (b.from() == null ? "" : " (from " + b.from() + ")")
                                + ": a layer may only " + (min ? "raise a minimum" : "lower a maximum")
                                + " unless the parameter is marked local: true"));
                    }
                }
            }
        }
    }

    /** The entries of {@code base} in effect at some time while {@code e} (an entry of {@code p}) is. */
    private static List<ParameterDef.Entry> overlapping(ParameterDef base, ParameterDef.Entry e, ParameterDef p) {
        int i = p.entries().indexOf(e);
        LocalDate start = e.from();
        LocalDate end = i + 1 < p.entries().size() ? p.entries().get(i + 1).from() : null;
        List<ParameterDef.Entry> out = new ArrayList<>();
        List<ParameterDef.Entry> be = base.entries();
        for (int k = 0; k < be.size(); k++) {
            LocalDate bStart = be.get(k).from();
            LocalDate bEnd = k + 1 < be.size() ? be.get(k + 1).from() : null;
            boolean startsBeforeEnd = end == null || bStart == null || bStart.isBefore(end);
            boolean endsAfterStart = bEnd == null || start == null || bEnd.isAfter(start);
            if (startsBeforeEnd && endsAfterStart) {
                out.add(be.get(k));
            }
        }
        return out;
    }

    private static Map<String, ParameterDef> index(List<ParameterDef> params) {
        Map<String, ParameterDef> m = new LinkedHashMap<>();
        params.forEach(p -> m.put(Objects.requireNonNull(p.key()), p));
        return m;
    }
}
