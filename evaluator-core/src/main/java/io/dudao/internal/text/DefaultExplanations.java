package io.dudao.internal.text;

import com.github.mustachejava.Mustache;
import io.dudao.api.EvaluationReport;
import io.dudao.api.Explanations;
import io.dudao.api.Indicator;
import io.dudao.api.IndicatorResult;
import io.dudao.api.RuleProblem;
import io.dudao.api.Verdict;
import io.dudao.internal.engine.ResultShape;
import io.dudao.internal.ruleset.StandardDef;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The explanations of one rule set: the checked templates of each standard, rendered per report and
 * locale. Immutable and thread-safe; rendering is deterministic.
 *
 * <p>Design note. A template sees a view of the result, not the result: {@link ViewBuilder} turns the
 * arguments into text for the locale (names from the catalog, stage and reason texts, field labels,
 * formatted numbers, lists with separators) and adds what the whole report knows, such as the names of
 * schools whose own results carry none. What the view holds is declared once, in {@link Vocabulary}, on
 * top of the engine's {@code ResultShape}; {@link TemplateChecker} holds every template to it when the
 * evaluator is built, so that rendering cannot meet an unknown name.
 */
public final class DefaultExplanations implements Explanations {

    private final Map<String, Indicator> catalog;
    private final Map<String, StandardTexts> byIndicator;

    private DefaultExplanations(Map<String, Indicator> catalog, Map<String, StandardTexts> byIndicator) {
        this.catalog = Map.copyOf(catalog);
        this.byIndicator = Map.copyOf(byIndicator);
    }

    /**
     * Loads and checks the message bundles of {@code standards}.
     *
     * @param problems receives every problem, with file and line; the result is unusable when any was added
     */
    public static DefaultExplanations build(List<StandardDef> standards, List<RuleProblem> problems) {
        Map<String, Indicator> catalog = new LinkedHashMap<>();
        Map<String, StandardTexts> byIndicator = new LinkedHashMap<>();
        for (StandardDef s : standards) {
            StandardTexts texts = StandardTexts.load(s, problems);
            for (Indicator i : s.indicators()) {
                catalog.put(i.id(), i);
                // a ref (an included standard's indicator) is explained by the texts of the standard that decides it
                String target = s.refs().get(i.id());
                byIndicator.put(i.id(), target != null && byIndicator.containsKey(target) ? byIndicator.get(target) : texts);
            }
        }
        return new DefaultExplanations(catalog, byIndicator);
    }

    /**
     * The arguments a result of {@code indicator} with {@code verdict} can carry, name → whether always:
     * those the engine declares for its shape ({@code ResultShape}) and those its rules add. For tests
     * that hold real results to the declaration.
     *
     * @throws IllegalArgumentException for an indicator outside the rule set
     */
    public Map<String, Boolean> arguments(String indicator, Verdict verdict) {
        Indicator ind = catalog.get(indicator);
        if (ind == null) {
            throw new IllegalArgumentException("no indicator " + indicator);
        }
        Map<String, Boolean> out = new TreeMap<>();
        ResultShape.of(ind).arguments(verdict).forEach((n, a) -> out.put(n, a.always()));
        byIndicator.get(indicator).ruleArguments().of(indicator, verdict).forEach(out::putIfAbsent);
        return out;
    }

    @Override
    public List<Locale> supportedLocales() {
        return Arrays.stream(SupportedLocale.values()).map(SupportedLocale::locale).toList();
    }

    @Override
    public EvaluationReport render(EvaluationReport report, Locale locale) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(locale, "locale");
        SupportedLocale l = SupportedLocale.of(locale);
        for (IndicatorResult r : report.results()) {
            if (!catalog.containsKey(r.indicator())) {
                throw new IllegalArgumentException("the report has a result of " + r.indicator()
                        + ", which this rule set does not have; render a report with the evaluator that made it");
            }
        }
        String code = report.district() == null ? "" : report.district().code();
        String name = report.district() == null || report.district().name() == null ? code : report.district().name();
        ViewBuilder.Context context = new ViewBuilder.Context(l, code, name, catalog, schoolNames(report));
        return report.mapResults(l.tag(), r -> r.withExplanation(explain(r, context)));
    }

    private String explain(IndicatorResult r, ViewBuilder.Context context) {
        Indicator ind = catalog.get(r.indicator());
        LocaleTexts t = byIndicator.get(ind.id()).in(context.locale());
        Map<String, Object> view = ViewBuilder.view(r, ind, t, context);
        Mustache m = t.templates().get(r.messageKey());
        if (m == null) {
            m = t.templates().get(ind.id() + "." + r.verdict());
        }
        if (m == null) {
            // a verdict the catalog does not list, from a rule: say what is known rather than fail
            return view.get("subjectName") + " " + view.get("indicatorName") + ": " + view.get("verdictName")
                    + (view.containsKey("reasonText") ? " (" + view.get("reasonText") + ")" : "");
        }
        StringWriter w = new StringWriter();
        m.execute(w, view);
        return w.toString();
    }

    /** School id → name, from every result of the report that names its school. */
    private static Map<String, String> schoolNames(EvaluationReport report) {
        Map<String, String> names = new TreeMap<>();
        for (IndicatorResult r : report.results()) {
            if (r.arguments().get("school") instanceof String school) {
                remember(names, r.subject(), school);
            }
            for (String list : List.of("lowest", "missed")) {
                if (!(r.arguments().get(list) instanceof List<?> lowest)) {
                    continue;
                }
                for (Object o : lowest) {
                    if (o instanceof Map<?, ?> m && m.get("school") instanceof String school
                            && m.get("subject") instanceof String subject) {
                        remember(names, subject, school);
                    }
                }
            }
        }
        return names;
    }

    private static void remember(Map<String, String> names, String subject, String school) {
        ViewBuilder.Subject s = ViewBuilder.Subject.parse(subject);
        if (s != null && s.school()) {
            names.putIfAbsent(s.id(), school);
        }
    }
}
