package io.dudao.rules.pp2020;

import io.dudao.api.EvaluationReport;
import io.dudao.api.Evaluator;
import io.dudao.api.FactsReader;
import io.dudao.api.IndicatorResult;
import io.dudao.facts.District;
import java.nio.file.Path;

/**
 * The PP2020 evaluator of the bundled rules, compiled once per test JVM (a build costs seconds), and the
 * sample county {@code examples/samples/pp2020-county.json}.
 */
public final class PP2020Fixtures {

    /** The sample county, relative to the {@code rules} module. */
    public static final Path SAMPLE = Path.of("../examples/samples/pp2020-county.json");

    private PP2020Fixtures() {
    }

    private static final class Holder {
        static final Evaluator EVALUATOR = Evaluator.builder().standards("PP2020").build();
    }

    /** The PP2020 evaluator, compiled on first use and shared by the whole test JVM. */
    public static Evaluator evaluator() {
        return Holder.EVALUATOR;
    }

    /** The sample county as read from its facts file. */
    public static District sample() {
        return FactsReader.read(SAMPLE).get(0);
    }

    /** The one result of {@code indicator} for {@code subject} in {@code report}. */
    public static IndicatorResult result(EvaluationReport report, String indicator, String subject) {
        return report.results().stream().filter(r -> r.indicator().equals(indicator) && r.subject().equals(subject))
                .findFirst().orElseThrow(() -> new AssertionError("no result " + indicator + " " + subject));
    }
}
