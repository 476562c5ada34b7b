package io.dudao.internal.text;

import io.dudao.api.Indicator;
import io.dudao.api.Verdict;
import io.dudao.internal.engine.ResultShape;
import io.dudao.internal.engine.ResultShape.Argument;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a template may name: the entries of the view a result is rendered from. The view holds the
 * result's arguments as {@link ResultShape} declares them, made readable for one locale, plus values the
 * renderer derives. {@link ViewBuilder} fills exactly these names; {@link TemplateChecker} checks templates
 * against them.
 *
 * <p>Every result's view has: {@code indicator}, {@code indicatorName}, {@code unit} (empty when the
 * indicator has none), {@code clause}, {@code verdict}, {@code verdictName}, {@code subject},
 * {@code subjectName}, {@code districtName}, {@code districtCode}; results per school part or stage also
 * {@code stage} and {@code stageName}, per school part {@code school} (the name, else the id). Arguments
 * are changed as follows:
 * <ul>
 *   <li>numbers are formatted (values to the indicator's decimals, CVs to 3, thresholds as set) and each
 *       number {@code x} also gives {@code xPercent} ({@code 0.85} → {@code 85%});</li>
 *   <li>{@code reason} gives {@code reasonText}, {@code note} gives {@code noteText};</li>
 *   <li>lists become lists of records with {@code sep} (the separator to write before the item),
 *       {@code first} and {@code last}, and each list {@code x} gives {@code xCount};</li>
 *   <li>{@code missing} becomes one record per subject ({@code subject}, {@code subjectName}) with
 *       {@code fields} ({@code field}, {@code label}, {@code text}, e.g. 未填报体育专任教师(小学));</li>
 *   <li>{@code missed} items gain {@code indicatorName}, {@code unit}, {@code subjectName},
 *       {@code ratioPercent}; {@code missedByIndicator} groups them ({@code indicator}, {@code indicatorName},
 *       {@code unit}, {@code count}, {@code items}); {@code lowest} items gain {@code subjectName} and
 *       {@code belowMeanPercent}; {@code incomplete} items have {@code subject} and {@code subjectName},
 *       {@code undecidedChildren} items also {@code indicator} and {@code indicatorName};</li>
 *   <li>roll-ups gain {@code applicable} (passed + failed + undecided);</li>
 *   <li>arguments that rules add are passed as they are (numbers formatted, lists as records with
 *       {@code text}, {@code name} — an indicator's or subject's name where the text is one — {@code sep},
 *       {@code first}, {@code last}).</li>
 * </ul>
 */
final class Vocabulary {

    /**
     * One name a template may use.
     *
     * @param name        the name
     * @param always      whether every view of its kind has it (else a template must test it first)
     * @param presentWith a name of the same record whose presence implies this one's, or {@code null}
     * @param item        for a list, the names of each item; {@code null} for a single value
     * @param anyType     whether it may be a single value or a list (an argument a rule adds)
     */
    record Name(String name, boolean always, String presentWith, Map<String, Name> item, boolean anyType) {
        Name(String name, boolean always, String presentWith, Map<String, Name> item) {
            this(name, always, presentWith, item, false);
        }
    }

    static final Map<String, Name> FIELD_ITEM = record(
            always("field"), always("label"), always("text"));
    static final Map<String, Name> MISSING_ITEM = record(
            always("subject"), always("subjectName"), list("fields", true, FIELD_ITEM));
    static final Map<String, Name> CHILD_ITEM = record(
            always("indicator"), always("indicatorName"), always("subject"), always("subjectName"));
    static final Map<String, Name> SUBJECT_ITEM = record(always("subject"), always("subjectName"));
    static final Map<String, Name> GENERIC_ITEM = record(always("text"), always("name"));
    static final Map<String, Name> LOWEST_ITEM;
    static final Map<String, Name> MISSED_ITEM;
    static final Map<String, Name> MISSED_GROUP;

    static {
        Map<String, Name> lowest = new LinkedHashMap<>();
        add(lowest, ResultShape.LOWEST_ITEM);
        put(lowest, always("subjectName"));
        LOWEST_ITEM = items(lowest);
        Map<String, Name> missed = new LinkedHashMap<>();
        add(missed, ResultShape.MISSED_ITEM);
        put(missed, always("indicatorName"));
        put(missed, always("unit"));
        put(missed, always("subjectName"));
        MISSED_ITEM = items(missed);
        MISSED_GROUP = record(always("indicator"), always("indicatorName"), always("unit"), always("count"),
                list("items", true, MISSED_ITEM));
    }

    /** Names of the shared subject templates ({@code common.subject.*}). */
    static final Map<String, Name> SUBJECT = plain(always("school"), always("schoolId"), always("stage"),
            always("stageName"), always("districtName"), always("districtCode"));
    /** Names of the shared field templates ({@code common.field.missing}, {@code common.field.isZero}). */
    static final Map<String, Name> FIELD = plain(always("field"), always("label"));

    private Vocabulary() {
    }

    /** The names a template for {@code indicator}'s results with {@code verdict} may use. */
    static Map<String, Name> of(Indicator indicator, Verdict verdict, RuleArguments ruleArguments) {
        ResultShape shape = ResultShape.of(indicator);
        Map<String, Name> v = new LinkedHashMap<>();
        for (String n : new String[] {"indicator", "indicatorName", "unit", "clause", "verdict", "verdictName",
                "subject", "subjectName", "districtName", "districtCode"}) {
            put(v, always(n));
        }
        boolean part = shape == ResultShape.JUDGED_PART || shape == ResultShape.PART_ROLL_UP;
        if (part || shape == ResultShape.CV) {
            put(v, always("stage"));
            put(v, always("stageName"));
        }
        if (part) {
            put(v, always("school"));
        }
        Map<String, Argument> args = shape.arguments(verdict);
        ruleArguments.of(indicator.id(), verdict).forEach((name, always) -> {
            if (!args.containsKey(name) && !v.containsKey(name)) {
                put(v, new Name(name, always, null, GENERIC_ITEM, true));
                put(v, new Name(name + "Percent", always, null, null));
                put(v, new Name(name + "Count", always, null, null));
            }
        });
        for (Argument a : args.values()) {
            if (v.containsKey(a.name())) {
                continue;
            }
            boolean always = a.always();
            switch (a.name()) {
                case "reason" -> {
                    put(v, new Name("reason", always, null, null));
                    put(v, new Name("reasonText", always, null, null));
                }
                case "note" -> {
                    put(v, new Name("note", always, null, null));
                    put(v, new Name("noteText", always, null, null));
                }
                case "missing" -> {
                    put(v, list("missing", always, MISSING_ITEM));
                    put(v, new Name("missingCount", always, null, null));
                }
                case "incomplete" -> {
                    put(v, list("incomplete", always, SUBJECT_ITEM));
                    put(v, new Name("incompleteCount", always, null, null));
                }
                case "undecidedChildren" -> {
                    put(v, list("undecidedChildren", always, CHILD_ITEM));
                    put(v, new Name("undecidedChildrenCount", always, null, null));
                }
                case "lowest" -> {
                    put(v, list("lowest", always, LOWEST_ITEM));
                    put(v, new Name("lowestCount", always, null, null));
                }
                case "missed" -> {
                    put(v, list("missed", always, MISSED_ITEM));
                    put(v, new Name("missedCount", always, null, null));
                    put(v, list("missedByIndicator", always, MISSED_GROUP));
                }
                case "passed" -> {
                    put(v, new Name("passed", always, null, null));
                    put(v, new Name("passedPercent", always, null, null));
                    put(v, new Name("applicable", always, null, null));
                }
                default -> {
                    put(v, new Name(a.name(), always, null, null));
                    if (a.type() == ResultShape.Type.NUMBER) {
                        put(v, new Name(a.name() + "Percent", always, null, null));
                    }
                }
            }
        }
        return Collections.unmodifiableMap(v);
    }

    private static void add(Map<String, Name> m, Map<String, Argument> args) {
        for (Argument a : args.values()) {
            put(m, new Name(a.name(), a.always(), a.presentWith(), null));
            if (a.type() == ResultShape.Type.NUMBER) {
                put(m, new Name(a.name() + "Percent", a.always(), a.presentWith() != null ? a.presentWith()
                        : a.always() ? null : a.name(), null));
            }
        }
    }

    private static Name always(String name) {
        return new Name(name, true, null, null);
    }

    private static Name list(String name, boolean always, Map<String, Name> item) {
        return new Name(name, always, null, item);
    }

    private static void put(Map<String, Name> m, Name n) {
        m.put(n.name(), n);
    }

    private static Map<String, Name> plain(Name... names) {
        Map<String, Name> m = new LinkedHashMap<>();
        for (Name n : names) {
            put(m, n);
        }
        return Collections.unmodifiableMap(m);
    }

    /** A record of list items: the names given plus {@code sep}, {@code first} and {@code last}. */
    private static Map<String, Name> record(Name... names) {
        Map<String, Name> m = new LinkedHashMap<>();
        for (Name n : names) {
            put(m, n);
        }
        return items(m);
    }

    private static Map<String, Name> items(Map<String, Name> m) {
        Map<String, Name> out = new LinkedHashMap<>(m);
        put(out, always("sep"));
        put(out, always("first"));
        put(out, always("last"));
        return Collections.unmodifiableMap(out);
    }
}
