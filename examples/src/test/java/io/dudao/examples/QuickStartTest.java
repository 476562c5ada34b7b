package io.dudao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.dudao.api.EvaluationReport;
import io.dudao.api.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuickStartTest {

    @Test
    void quickStart_evaluatesTheRealisticSamplePrintsFailuresAndWritesJson(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Path out = dir.resolve("report.json");
        EvaluationReport report = QuickStart.run(Path.of("samples/qb2017-realistic-county.json"), out,
                new PrintStream(buf, true, StandardCharsets.UTF_8));
        assertThat(report.result("QB2017-RD", "district:330998").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(buf.toString(StandardCharsets.UTF_8)).contains("QB2017-CV6 district:330998/PRIMARY");
        assertThat(Files.readString(out)).contains("\"schemaVersion\" : \"1\"");
    }

    @Test
    void readme_embeddingSnippetIsTheExampleCode() throws Exception {
        String source = Files.readString(Path.of("src/main/java/io/dudao/examples/QuickStart.java"));
        String snippet = source.substring(source.indexOf("[start:embed]"), source.indexOf("// --8<-- [end:embed]"));
        snippet = snippet.substring(snippet.indexOf('\n') + 1).stripTrailing();
        String readme = Files.readString(Path.of("../README.md"));
        for (String line : snippet.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            assertThat(readme).as("README's embedding snippet").contains(line);
        }
    }
}
