package io.dudao.internal.text;

import com.github.mustachejava.Mustache;
import io.dudao.api.Indicator;
import io.dudao.api.RuleProblem;
import io.dudao.api.Verdict;
import io.dudao.facts.Stage;
import io.dudao.internal.engine.ResultShape;
import io.dudao.internal.ruleset.StandardDef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The message bundles of one standard, loaded and checked: every catalog indicator has a template for
 * each verdict it can produce in every supported locale, every template compiles and names only what
 * its results have, the shared texts the renderer needs are there, and no key is orphaned (an unknown
 * indicator, a verdict the indicator cannot produce, an unknown shared key, a key only one locale has).
 *
 * <p>Keys: {@code <indicator>.<VERDICT>} for templates; shared text under {@code common.}:
 * {@code common.stage.<STAGE>}, {@code common.verdict.<VERDICT>}, {@code common.reason.<code>},
 * {@code common.note.<code>} (a {@code :} in the code written {@code .}), {@code common.field.<path>},
 * {@code common.list.separator|lastSeparator|groupSeparator}, {@code common.number.groupingSeparator}, and
 * the shared templates {@code common.format.schoolPart|districtStage|district|missingField|zeroField}.
 */
final class StandardTexts {

    /** Reason codes the core itself gives; every bundle explains them. */
    static final List<String> CORE_REASONS = List.of("missing-input", "cv-missing-values", "cv-zero-enrolment",
            "cv-zero-mean", "empty-stage", "undecided-children", "no-applicable-children", "no-outcome");

    /** Shared templates and the names each may use. */
    static final Map<String, Map<String, Vocabulary.Name>> FORMATS = Map.of(
            "schoolPart", Vocabulary.SUBJECT, "districtStage", Vocabulary.SUBJECT, "district", Vocabulary.SUBJECT,
            "missingField", Vocabulary.FIELD, "zeroField", Vocabulary.FIELD);

    static final List<String> LIST_KEYS = List.of("separator", "lastSeparator", "groupSeparator");
    static final List<String> NUMBER_KEYS = List.of("groupingSeparator");

    private final String standard;
    private final Map<SupportedLocale, LocaleTexts> locales;
    private final RuleArguments ruleArguments;

    private StandardTexts(String standard, Map<SupportedLocale, LocaleTexts> locales, RuleArguments ruleArguments) {
        this.standard = standard;
        this.locales = Map.copyOf(locales);
        this.ruleArguments = ruleArguments;
    }

    RuleArguments ruleArguments() {
        return ruleArguments;
    }

    String standard() {
        return standard;
    }

    LocaleTexts in(SupportedLocale locale) {
        return locales.get(locale);
    }

    /** The verdicts {@code indicator} can produce: its catalog verdicts, and INSUFFICIENT_DATA (the completeness guard's). */
    static Set<Verdict> producible(Indicator indicator) {
        Set<Verdict> s = EnumSet.noneOf(Verdict.class);
        s.addAll(indicator.verdicts());
        s.add(Verdict.INSUFFICIENT_DATA);
        return s;
    }

    /** Loads and checks the bundles of {@code def}; problems go to {@code problems}. */
    static StandardTexts load(StandardDef def, List<RuleProblem> problems) {
        RuleArguments ruleArguments = RuleArguments.scan(def);
        Map<String, Indicator> catalog = new LinkedHashMap<>();
        def.ownIndicators().forEach(i -> catalog.put(i.id(), i));   // refs are explained by their standard's texts
        Map<SupportedLocale, MessageFile> files = new EnumMap<>(SupportedLocale.class);
        Set<String> expected = Arrays.stream(SupportedLocale.values()).map(SupportedLocale::fileName)
                .collect(Collectors.toSet());
        for (StandardDef.MessageFile f : def.messageFiles()) {
            String name = f.path().substring(f.path().lastIndexOf('/') + 1);
            if (!expected.contains(name)) {
                problems.add(new RuleProblem(f.path(), 0, 0, "explanations are written in " + SupportedLocale.supported()
                        + " only (files " + new TreeSet<>(expected) + "); remove or rename " + name));
                continue;
            }
            for (SupportedLocale l : SupportedLocale.values()) {
                if (l.fileName().equals(name)) {
                    files.put(l, MessageFile.parse(f.path(), f.text(), problems));
                }
            }
        }
        Map<SupportedLocale, LocaleTexts> texts = new EnumMap<>(SupportedLocale.class);
        for (SupportedLocale l : SupportedLocale.values()) {
            MessageFile file = files.get(l);
            if (file == null) {
                problems.add(new RuleProblem(def.id() + "/" + l.fileName(), 0, 0, "standard " + def.id()
                        + " has no " + l.fileName() + ": every standard explains its results in "
                        + SupportedLocale.supported()));
                continue;
            }
            texts.put(l, load(def.id(), catalog, ruleArguments, file, problems));
        }
        if (texts.size() == SupportedLocale.values().length) {
            crossCheck(files, texts, problems);
        }
        return new StandardTexts(def.id(), texts, ruleArguments);
    }

    private static LocaleTexts load(String standard, Map<String, Indicator> catalog, RuleArguments ruleArguments,
                                    MessageFile file, List<RuleProblem> problems) {
        String f = file.file();
        Map<String, Mustache> templates = new LinkedHashMap<>();
        Map<String, String> common = new LinkedHashMap<>();
        Map<String, Mustache> formats = new LinkedHashMap<>();
        for (MessageFile.Entry e : file.list()) {
            String key = e.key();
            if (key.startsWith("common.")) {
                common(f, e, key.substring("common.".length()), common, formats, problems);
                continue;
            }
            int dot = key.lastIndexOf('.');
            String id = dot < 0 ? key : key.substring(0, dot);
            String verdictName = dot < 0 ? "" : key.substring(dot + 1);
            Indicator ind = catalog.get(id);
            if (ind == null) {
                problems.add(new RuleProblem(f, e.line(), 1, "key " + key + " names no indicator of " + standard
                        + "'s catalog; keys are <indicator>.<VERDICT> (e.g. " + first(catalog) + ".FAIL) or common.*"));
                continue;
            }
            Verdict verdict = Arrays.stream(Verdict.values()).filter(v -> v.name().equals(verdictName)).findFirst()
                    .orElse(null);
            if (verdict == null) {
                problems.add(new RuleProblem(f, e.line(), 1, "key " + key + ": '" + verdictName + "' is not a verdict "
                        + Arrays.toString(Verdict.values())));
                continue;
            }
            if (!producible(ind).contains(verdict)) {
                problems.add(new RuleProblem(f, e.line(), 1, "key " + key + ": " + id + " cannot produce " + verdict
                        + " (its catalog verdicts are " + ind.verdicts() + "); remove the template or add the verdict"
                        + " to the catalog"));
                continue;
            }
            Mustache m = TemplateChecker.compile(f, e, Vocabulary.of(ind, verdict, ruleArguments),
                    (verdict == Verdict.INSUFFICIENT_DATA ? "an " : "a ") + verdict + " result of " + id + " (" + describe(ResultShape.of(ind)) + ")", problems);
            if (m != null) {
                templates.put(key, m);
            }
        }
        for (Indicator ind : catalog.values()) {
            for (Verdict v : producible(ind)) {
                String key = ind.id() + "." + v;
                if (file.entries().get(key) == null) {
                    String why = ind.verdicts().contains(v) ? "its catalog entry lists " + v
                            : "the completeness guard gives INSUFFICIENT_DATA when no rule decides it";
                    problems.add(new RuleProblem(f, file.lineNear(ind.id() + "."), 1, "no template " + key + ": "
                            + ind.id() + " needs one for each verdict it can produce (" + why + ")"));
                }
            }
        }
        requireCommon(file, common, formats, problems);
        return new LocaleTexts(localeOf(f), f, templates, common, formats);
    }

    private static SupportedLocale localeOf(String file) {
        for (SupportedLocale l : SupportedLocale.values()) {
            if (file.endsWith("/" + l.fileName())) {
                return l;
            }
        }
        throw new IllegalStateException(file);
    }

    /** Checks and keeps one {@code common.*} entry ({@code sub} is the key without the prefix). */
    private static void common(String f, MessageFile.Entry e, String sub, Map<String, String> common,
                               Map<String, Mustache> formats, List<RuleProblem> problems) {
        int dot = sub.indexOf('.');
        String category = dot < 0 ? sub : sub.substring(0, dot);
        String name = dot < 0 ? "" : sub.substring(dot + 1);
        String error = null;
        switch (category) {
            case "stage" -> {
                if (Arrays.stream(Stage.values()).noneMatch(s -> s.name().equals(name))) {
                    error = "'" + name + "' is not a stage " + Arrays.toString(Stage.values());
                }
            }
            case "verdict" -> {
                if (Arrays.stream(Verdict.values()).noneMatch(v -> v.name().equals(name))) {
                    error = "'" + name + "' is not a verdict " + Arrays.toString(Verdict.values());
                }
            }
            case "reason", "note", "field" -> {
                if (name.isEmpty()) {
                    error = "common." + category + " needs a code after it, e.g. common." + category + ".<code>";
                }
            }
            case "list" -> {
                if (!LIST_KEYS.contains(name)) {
                    error = "common.list has " + LIST_KEYS;
                }
            }
            case "number" -> {
                if (!NUMBER_KEYS.contains(name)) {
                    error = "common.number has " + NUMBER_KEYS;
                }
            }
            case "format" -> {
                Map<String, Vocabulary.Name> names = FORMATS.get(name);
                if (names == null) {
                    error = "common.format has " + new TreeSet<>(FORMATS.keySet());
                } else {
                    Mustache m = TemplateChecker.compile(f, e, names, "the shared template common.format." + name,
                            problems);
                    if (m != null) {
                        formats.put(name, m);
                    }
                    return;
                }
            }
            default -> error = "unknown shared key; common.* has stage, verdict, reason, note, field, list, number"
                    + " and format";
        }
        if (error != null) {
            problems.add(new RuleProblem(f, e.line(), 1, "key common." + sub + ": " + error));
        } else {
            common.put(sub, e.value());
        }
    }

    /** The shared keys (without {@code common.}) every bundle must have, formats aside. */
    static final List<String> REQUIRED_TEXTS = requiredTexts();
    /** Every required shared key, without {@code common.}. */
    static final Set<String> REQUIRED = required();

    private static List<String> requiredTexts() {
        List<String> required = new ArrayList<>();
        for (Stage s : List.of(Stage.PRIMARY, Stage.JUNIOR)) {
            required.add("stage." + s);
        }
        for (Verdict v : Verdict.values()) {
            required.add("verdict." + v);
        }
        CORE_REASONS.forEach(r -> required.add("reason." + r));
        LIST_KEYS.forEach(k -> required.add("list." + k));
        NUMBER_KEYS.forEach(k -> required.add("number." + k));
        return List.copyOf(required);
    }

    private static Set<String> required() {
        Set<String> s = new java.util.HashSet<>(requiredTexts());
        FORMATS.keySet().forEach(k -> s.add("format." + k));
        return Set.copyOf(s);
    }

    private static void requireCommon(MessageFile file, Map<String, String> common, Map<String, Mustache> formats,
                                      List<RuleProblem> problems) {
        for (String k : REQUIRED_TEXTS) {
            if (!common.containsKey(k) && !file.entries().containsKey("common." + k)) {
                problems.add(new RuleProblem(file.file(), file.lineNear("common." + k.substring(0, k.indexOf('.'))), 1,
                        "no shared text common." + k + ": every bundle needs it"));
            }
        }
        for (String k : new TreeSet<>(FORMATS.keySet())) {
            if (!formats.containsKey(k) && !file.entries().containsKey("common.format." + k)) {
                problems.add(new RuleProblem(file.file(), file.lineNear("common.format"), 1,
                        "no shared template common.format." + k + ": every bundle needs it"));
            }
        }
    }

    /**
     * An optional shared key in one locale's bundle must be in every other's. (Templates and required
     * shared keys are reported per bundle; keys with problems of their own are reported as such.)
     */
    private static void crossCheck(Map<SupportedLocale, MessageFile> files, Map<SupportedLocale, LocaleTexts> texts,
                                   List<RuleProblem> problems) {
        for (Map.Entry<SupportedLocale, MessageFile> a : files.entrySet()) {
            LocaleTexts loaded = texts.get(a.getKey());
            for (Map.Entry<SupportedLocale, MessageFile> b : files.entrySet()) {
                if (a.getKey() == b.getKey()) {
                    continue;
                }
                for (MessageFile.Entry e : a.getValue().list()) {
                    if (!e.key().startsWith("common.")) {
                        continue;
                    }
                    String sub = e.key().substring("common.".length());
                    boolean valid = loaded.common().containsKey(sub)
                            || (sub.startsWith("format.") && loaded.formats().containsKey(sub.substring(7)));
                    if (valid && !REQUIRED.contains(sub) && !b.getValue().entries().containsKey(e.key())) {
                        MessageFile other = b.getValue();
                        String prefix = e.key().substring(0, e.key().lastIndexOf('.') + 1);
                        problems.add(new RuleProblem(other.file(), other.lineNear(prefix), 1, "no " + e.key() + ", which "
                                + a.getValue().file() + " has on line " + e.line() + ": every locale has the same keys"));
                    }
                }
            }
        }
    }

    private static String describe(ResultShape shape) {
        return switch (shape) {
            case JUDGED_PART -> "a school part judged against a threshold";
            case CV -> "a stage's coefficient of variation";
            case JUDGED_DISTRICT -> "the district judged against a threshold";
            case ROLL_UP -> "a roll-up of child results";
            case PART_ROLL_UP -> "a school part's roll-up of its own indicators";
            case JUDGED_UNIT -> "a whole school or a kindergarten judged against a threshold";
            case UNIT_ROLL_UP -> "a roll-up for a whole school or a kindergarten";
            case EVIDENCE -> "a finding on evidence";
        };
    }

    private static String first(Map<String, Indicator> catalog) {
        return catalog.isEmpty() ? "X-1" : catalog.keySet().iterator().next();
    }

    @Override
    public String toString() {
        return "StandardTexts[" + standard + ", " + locales.keySet() + "]";
    }
}
