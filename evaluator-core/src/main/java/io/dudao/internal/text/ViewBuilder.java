package io.dudao.internal.text;

import io.dudao.api.Indicator;
import io.dudao.api.IndicatorResult;
import io.dudao.internal.engine.ResultShape;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the view a result's template is rendered from: its arguments made readable in one locale, plus
 * derived values, exactly as {@link Vocabulary} declares them. Stateless; the view holds only maps,
 * lists, strings and booleans.
 */
final class ViewBuilder {

    /** What a rendering needs besides the result: the report's district, names of schools, the catalog. */
    record Context(SupportedLocale locale, String districtCode, String districtName, Map<String, Indicator> catalog,
                   Map<String, String> schoolNames) {

        String language() {
            return locale.catalogLanguage();
        }
    }

    private static final Set<String> HANDLED = Set.of("stage", "school", "value", "threshold", "mean", "reason",
            "note", "missing", "incomplete", "undecidedChildren", "lowest", "missed", "passed", "operator");

    private ViewBuilder() {
    }

    static Map<String, Object> view(IndicatorResult r, Indicator ind, LocaleTexts t, Context c) {
        Map<String, Object> v = new LinkedHashMap<>();
        ResultShape shape = ResultShape.of(ind);
        Map<String, Object> args = r.arguments();
        String grouping = t.grouping();
        v.put("indicator", ind.id());
        v.put("indicatorName", name(ind, c));
        v.put("unit", unit(ind, c));
        v.put("clause", ind.clause() == null ? "" : ind.clause());
        v.put("verdict", r.verdict().name());
        v.put("verdictName", t.verdictName(r.verdict().name()));
        v.put("subject", r.subject());
        v.put("subjectName", subjectName(r.subject(), text(args.get("school")), t, c));
        v.put("districtName", c.districtName());
        v.put("districtCode", c.districtCode());
        Subject s = Subject.parse(r.subject());
        if (s.stage() != null) {
            v.put("stage", s.stage());
            v.put("stageName", t.stageName(s.stage()));
        }
        if (s.school()) {
            v.put("school", schoolName(s.id(), text(args.get("school")), c));
        }
        boolean cv = shape == ResultShape.CV;
        BigDecimal value = Numbers.decimal(args.get("value"));
        if (value != null) {
            v.put("value", Numbers.fixed(value, ind.decimals(), grouping));
            v.put("valuePercent", Numbers.percent(value));
        }
        BigDecimal threshold = Numbers.decimal(args.get("threshold"));
        if (threshold != null) {
            v.put("threshold", Numbers.plain(threshold, cv ? 2 : 0, grouping));
            v.put("thresholdPercent", Numbers.percent(threshold));
        }
        BigDecimal mean = Numbers.decimal(args.get("mean"));
        if (mean != null) {
            v.put("mean", Numbers.plain(mean, 2, grouping));
            v.put("meanPercent", Numbers.percent(mean));
        }
        if (args.get("operator") != null) {
            v.put("operator", text(args.get("operator")));
        }
        if (args.get("reason") != null) {
            v.put("reason", text(args.get("reason")));
            v.put("reasonText", t.reasonText(text(args.get("reason"))));
        }
        if (args.get("note") != null) {
            v.put("note", text(args.get("note")));
            v.put("noteText", t.noteText(text(args.get("note"))));
        }
        if (args.get("missing") instanceof List<?> l) {
            v.put("missing", missing(l, t, c));
            v.put("missingCount", String.valueOf(l.size()));
        }
        if (args.get("incomplete") instanceof List<?> l) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (Object o : l) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("subject", text(o));
                item.put("subjectName", subjectName(text(o), null, t, c));
                items.add(item);
            }
            v.put("incomplete", separated(items, t.separator(), t.lastSeparator(), Vocabulary.SUBJECT_ITEM));
            v.put("incompleteCount", String.valueOf(items.size()));
        }
        if (args.get("undecidedChildren") instanceof List<?> l) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (Object o : l) {
                String ref = text(o);
                int sp = ref.indexOf(' ');
                String indicator = sp < 0 ? ref : ref.substring(0, sp);
                String subject = sp < 0 ? r.subject() : ref.substring(sp + 1);
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("indicator", indicator);
                item.put("indicatorName", name(c.catalog().get(indicator), indicator, c));
                item.put("subject", subject);
                item.put("subjectName", subjectName(subject, null, t, c));
                items.add(item);
            }
            v.put("undecidedChildren", separated(items, t.separator(), t.lastSeparator(), Vocabulary.CHILD_ITEM));
            v.put("undecidedChildrenCount", String.valueOf(items.size()));
        }
        if (args.get("lowest") instanceof List<?> l) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (Object o : l) {
                Map<?, ?> m = (Map<?, ?>) o;
                Map<String, Object> item = new LinkedHashMap<>();
                String subject = text(m.get("subject"));
                item.put("subject", subject);
                item.put("school", text(m.get("school")));
                item.put("subjectName", subjectName(subject, text(m.get("school")), t, c));
                number(item, "value", m.get("value"), 0, grouping);
                number(item, "belowMean", m.get("belowMean"), 0, grouping);
                items.add(item);
            }
            v.put("lowest", separated(items, t.separator(), t.lastSeparator(), Vocabulary.LOWEST_ITEM));
            v.put("lowestCount", String.valueOf(items.size()));
        }
        if (args.get("missed") instanceof List<?> l) {
            missed(v, l, t, c);
        }
        if (args.get("passed") != null) {
            number(v, "passed", args.get("passed"), 0, grouping);
            long applicable = 0;
            for (String k : List.of("passed", "failed", "undecided")) {
                BigDecimal d = Numbers.decimal(args.get(k));
                applicable += d == null ? 0 : d.longValue();
            }
            v.put("applicable", String.valueOf(applicable));
        }
        for (Map.Entry<String, Object> e : args.entrySet()) {
            if (HANDLED.contains(e.getKey()) || v.containsKey(e.getKey())) {
                continue;
            }
            Object o = e.getValue();
            if (Numbers.decimal(o) != null) {
                number(v, e.getKey(), o, 0, grouping);
            } else if (o instanceof List<?> l) {
                List<Map<String, Object>> items = new ArrayList<>();
                for (Object x : l) {
                    Map<String, Object> item = new LinkedHashMap<>();
                    String text = x instanceof Map<?, ?> ? String.valueOf(x) : text(x);
                    item.put("text", text);
                    item.put("name", displayName(text, t, c));
                    items.add(item);
                }
                v.put(e.getKey(), separated(items, t.separator(), t.lastSeparator(), Vocabulary.GENERIC_ITEM));
                v.put(e.getKey() + "Count", String.valueOf(items.size()));
            } else if (o instanceof Boolean b) {
                v.put(e.getKey(), b);
            } else if (o != null) {
                v.put(e.getKey(), String.valueOf(o));
            }
        }
        return v;
    }

    private static void missed(Map<String, Object> v, List<?> l, LocaleTexts t, Context c) {
        List<Map<String, Object>> items = new ArrayList<>();
        Map<String, List<Map<String, Object>>> groups = new LinkedHashMap<>();
        for (Object o : l) {
            Map<?, ?> m = (Map<?, ?>) o;
            String indicator = text(m.get("indicator"));
            Indicator child = c.catalog().get(indicator);
            boolean childCv = child != null && ResultShape.of(child) == ResultShape.CV;
            String subject = text(m.get("subject"));
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("indicator", indicator);
            item.put("indicatorName", name(child, indicator, c));
            item.put("unit", child == null ? "" : unit(child, c));
            item.put("subject", subject);
            item.put("subjectName", subjectName(subject, null, t, c));
            number(item, "value", m.get("value"), 0, t.grouping());
            number(item, "threshold", m.get("threshold"), childCv ? 2 : 0, t.grouping());
            number(item, "ratio", m.get("ratio"), 0, t.grouping());
            items.add(item);
        }
        List<Map<String, Object>> separatedItems = separated(items, t.separator(), t.lastSeparator(), Vocabulary.MISSED_ITEM);
        for (Map<String, Object> item : separatedItems) {
            groups.computeIfAbsent((String) item.get("indicator"), k -> new ArrayList<>()).add(item);
        }
        v.put("missed", separatedItems);
        v.put("missedCount", String.valueOf(items.size()));
        List<Map<String, Object>> byIndicator = new ArrayList<>();
        for (Map.Entry<String, List<Map<String, Object>>> g : groups.entrySet()) {
            Map<String, Object> group = new LinkedHashMap<>();
            Map<String, Object> head = g.getValue().get(0);
            group.put("indicator", g.getKey());
            group.put("indicatorName", head.get("indicatorName"));
            group.put("unit", head.get("unit"));
            group.put("count", String.valueOf(g.getValue().size()));
            List<Map<String, Object>> inner = new ArrayList<>();
            for (Map<String, Object> item : g.getValue()) {
                inner.add(new LinkedHashMap<>(item));
            }
            group.put("items", separated(inner, t.separator(), t.lastSeparator(), Vocabulary.MISSED_ITEM));
            byIndicator.add(group);
        }
        v.put("missedByIndicator", separated(byIndicator, t.groupSeparator(), t.groupSeparator(), Vocabulary.MISSED_GROUP));
    }

    /** {@code missing} ("subject field" strings) grouped by subject, each field with its label and phrase. */
    private static List<Map<String, Object>> missing(List<?> l, LocaleTexts t, Context c) {
        Map<String, List<Map<String, Object>>> bySubject = new LinkedHashMap<>();
        for (Object o : l) {
            String s = text(o);
            int sp = s.indexOf(' ');
            String subject = sp < 0 ? "" : s.substring(0, sp);
            String field = sp < 0 ? s : s.substring(sp + 1);
            boolean zero = field.endsWith(" = 0");
            String path = zero ? field.substring(0, field.length() - 4) : field;
            String label = t.fieldLabel(path);
            Map<String, Object> fv = Map.of("field", path, "label", label);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("field", field);
            item.put("label", label);
            item.put("text", t.format(zero ? "zeroField" : "missingField", fv));
            bySubject.computeIfAbsent(subject, k -> new ArrayList<>()).add(item);
        }
        List<Map<String, Object>> groups = new ArrayList<>();
        for (Map.Entry<String, List<Map<String, Object>>> e : bySubject.entrySet()) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("subject", e.getKey());
            g.put("subjectName", subjectName(e.getKey(), null, t, c));
            g.put("fields", separated(e.getValue(), t.separator(), t.lastSeparator(), Vocabulary.FIELD_ITEM));
            groups.add(g);
        }
        return separated(groups, t.groupSeparator(), t.groupSeparator(), Vocabulary.MISSING_ITEM);
    }

    /** Adds {@code sep}, {@code first} and {@code last} to each item, and an empty value for each declared name it lacks. */
    private static List<Map<String, Object>> separated(List<Map<String, Object>> items, String sep, String lastSep,
                                                       Map<String, Vocabulary.Name> declared) {
        List<Map<String, Object>> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> item = new LinkedHashMap<>(items.get(i));
            item.put("sep", i == 0 ? "" : i == items.size() - 1 ? lastSep : sep);
            item.put("first", i == 0);
            item.put("last", i == items.size() - 1);
            for (String name : declared.keySet()) {
                item.putIfAbsent(name, "");
            }
            out.add(item);
        }
        return List.copyOf(out);
    }

    private static void number(Map<String, Object> m, String name, Object o, int minDecimals, String grouping) {
        BigDecimal d = Numbers.decimal(o);
        if (d == null) {
            return;
        }
        m.put(name, d.scale() > 0 && minDecimals == 0 ? Numbers.group(d.toPlainString(), grouping)
                : Numbers.plain(d, minDecimals, grouping));
        m.put(name + "Percent", Numbers.percent(d));
    }

    private static String name(Indicator ind, Context c) {
        return ind.name().getOrDefault(c.language(), ind.id());
    }

    private static String name(Indicator ind, String id, Context c) {
        return ind == null ? id : name(ind, c);
    }

    private static String unit(Indicator ind, Context c) {
        return ind.unit().getOrDefault(c.language(), "");
    }

    /** An indicator's name for an indicator id, a subject's name for a subject, else the text itself. */
    private static String displayName(String text, LocaleTexts t, Context c) {
        Indicator ind = c.catalog().get(text);
        if (ind != null) {
            return name(ind, c);
        }
        if (text.startsWith("school:") || text.startsWith("district:") || text.startsWith("kindergarten:")) {
            return subjectName(text, null, t, c);
        }
        return text;
    }

    private static String schoolName(String id, String given, Context c) {
        if (given != null && !given.isEmpty()) {
            return given;
        }
        return c.schoolNames().getOrDefault(id, id);
    }

    /** The readable name of a subject, from the shared templates {@code common.format.*}. */
    static String subjectName(String subject, String school, LocaleTexts t, Context c) {
        Subject s = Subject.parse(subject);
        if (s == null) {
            return subject;
        }
        if (s.school()) {
            String name = schoolName(s.id(), school, c);
            if (s.stage() == null) {
                return name;
            }
            return t.format("schoolPart", subjectView(name, s, t, c));
        }
        String district = s.id().equals(c.districtCode()) ? c.districtName() : s.id();
        Map<String, Object> view = subjectView("", s, t, c);
        view.put("districtName", district);
        view.put("districtCode", s.id());
        return t.format(s.stage() == null ? "district" : "districtStage", view);
    }

    private static Map<String, Object> subjectView(String school, Subject s, LocaleTexts t, Context c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("school", school);
        m.put("schoolId", s.school() ? s.id() : "");
        m.put("stage", s.stage() == null ? "" : s.stage());
        m.put("stageName", s.stage() == null ? "" : t.stageName(s.stage()));
        m.put("districtName", c.districtName());
        m.put("districtCode", c.districtCode());
        return m;
    }

    private static String text(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    /**
     * A canonical subject: {@code school:<id>[/<STAGE>]}, {@code kindergarten:<id>} (named like a school) or
     * {@code district:<code>[/<STAGE>]}.
     */
    record Subject(boolean school, String id, String stage) {
        static Subject parse(String subject) {
            if (subject == null) {
                return null;
            }
            boolean school = subject.startsWith("school:") || subject.startsWith("kindergarten:");
            if (!school && !subject.startsWith("district:")) {
                return null;
            }
            String rest = subject.substring(subject.indexOf(':') + 1);
            int slash = rest.lastIndexOf('/');
            return slash < 0 ? new Subject(school, rest, null)
                    : new Subject(school, rest.substring(0, slash), rest.substring(slash + 1));
        }
    }
}
