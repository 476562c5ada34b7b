package io.dudao.api.scenario;

import java.util.List;

/**
 * What a suite of scenarios covers: per catalog indicator, how many scenarios confirmed each kind of
 * outcome, and which rules of the rule set never fired.
 *
 * <p>An indicator counts for a scenario only through an expectation that was met, so a wrong expectation
 * never adds coverage. A rule "fired" when it is among the {@link io.dudao.api.IndicatorResult#rules() rules}
 * of any result of any evaluated scenario; rules that only prepare facts for others (scope exclusions,
 * tallies, relaxations) produce no result of their own and are listed as never fired.
 *
 * @param indicators      every indicator of the catalogs the suite ran against, in catalog order
 * @param rules           every rule of those rule sets, by name, in file order
 * @param rulesNeverFired the rules of {@code rules} that produced no result in the suite, in the same order
 */
public record Coverage(List<IndicatorCoverage> indicators, List<String> rules, List<String> rulesNeverFired) {

    public Coverage {
        indicators = List.copyOf(indicators);
        rules = List.copyOf(rules);
        rulesNeverFired = List.copyOf(rulesNeverFired);
    }

    /**
     * The scenarios that confirmed outcomes of one indicator.
     *
     * @param indicator     the indicator id
     * @param pass          scenarios with a met expectation of verdict PASS
     * @param fail          scenarios with a met expectation of verdict FAIL
     * @param notApplicable scenarios with a met expectation of verdict NOT_APPLICABLE
     * @param missingData   scenarios with a met expectation of verdict INSUFFICIENT_DATA, or tagged
     *                      {@code missing-data} with a met expectation of the indicator
     * @param boundary      scenarios tagged {@code boundary} with a met expectation of the indicator
     */
    public record IndicatorCoverage(String indicator, int pass, int fail, int notApplicable, int missingData,
                                    int boundary) {

        /** Whether both a PASS and a FAIL scenario confirm the indicator. */
        public boolean covered() {
            return pass > 0 && fail > 0;
        }
    }

    /** The indicators without both a PASS and a FAIL scenario, in catalog order. */
    public List<String> uncovered() {
        return indicators.stream().filter(i -> !i.covered()).map(IndicatorCoverage::indicator).toList();
    }

    /** The percentage (0–100) of indicators with both a PASS and a FAIL scenario; 0 when there are none. */
    public double percent() {
        if (indicators.isEmpty()) {
            return 0;
        }
        long covered = indicators.stream().filter(IndicatorCoverage::covered).count();
        return 100.0 * covered / indicators.size();
    }
}
