package io.dudao.examples;

import io.dudao.api.EvaluationReport;
import io.dudao.api.Evaluator;
import io.dudao.api.FactsReader;
import io.dudao.api.IndicatorResult;
import io.dudao.api.ReportJson;
import io.dudao.api.Verdict;
import io.dudao.facts.District;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The embedding example: build an evaluator once, evaluate a county, print its failures, write the
 * JSON report. Run it with {@code mvn -q -pl examples -am exec:java} or from an IDE; arguments are the
 * facts file and the report file (defaults: the realistic sample and {@code target/report.json}).
 */
public final class QuickStart {

    private QuickStart() {
    }

    public static void main(String[] args) throws IOException {
        Path facts = Path.of(args.length > 0 ? args[0] : "examples/samples/qb2017-realistic-county.json");
        Path out = Path.of(args.length > 1 ? args[1] : "target/report.json");
        run(facts, out, System.out);
    }

    /** Evaluates {@code facts}, prints the failures to {@code console}, writes the JSON report to {@code out}. */
    public static EvaluationReport run(Path facts, Path out, PrintStream console) throws IOException {
        // --8<-- [start:embed]
        Evaluator evaluator = Evaluator.builder()   // compiles the bundled rules once (seconds)
                .standards("QB2017")
                .build();                            // immutable and thread-safe: share it
        List<District> districts = FactsReader.read(facts);       // FactsException lists every problem
        EvaluationReport report = evaluator.evaluate(districts.get(0));
        for (IndicatorResult r : report.withVerdict(Verdict.FAIL)) {
            console.println(r.indicator() + " " + r.subject() + ": " + r.value() + " vs " + r.threshold());
        }
        Files.writeString(out, ReportJson.toJson(report), StandardCharsets.UTF_8);
        // --8<-- [end:embed]
        console.println(report.summary());
        return report;
    }
}
