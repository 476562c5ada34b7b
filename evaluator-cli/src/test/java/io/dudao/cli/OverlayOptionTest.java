package io.dudao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --overlay}: a provincial standard raises a threshold, and a loosening one is refused with exit 3. */
class OverlayOptionTest {

    private static final Path SAMPLE = Path.of("../examples/samples/qb2017-small-county.json");

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run dudao(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new DudaoCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path overlay(String primaryR6) throws IOException {
        Path f = dir.resolve("province-33.yaml");
        Files.writeString(f, """
                standard: QB2017
                layer: province
                code: "33"
                name: 示例省
                parameters:
                  - key: QB2017-R6.threshold
                    value: {PRIMARY: %s}
                """.formatted(primaryR6));
        return f;
    }

    @Test
    void overlay_decidesTheVerdictAndTheReportShowsItsLayer() throws IOException {
        Run run = dudao("evaluate", SAMPLE.toString(), "--format", "json", "--overlay", overlay("2400").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.at("/parameters/layers").toString()).isEqualTo("[\"national\",\"province:33\"]");
        JsonNode r6 = null;
        for (JsonNode r : report.get("results")) {
            if (r.get("indicator").asText().equals("QB2017-R6") && r.get("subject").asText().equals("school:CC01/PRIMARY")) {
                r6 = r;
            }
        }
        // CC01 has 2290.54 元 per student: it meets the national 2000 but not the province's 2400
        assertThat(r6).isNotNull();
        assertThat(r6.get("verdict").asText()).isEqualTo("FAIL");
        assertThat(r6.get("threshold").decimalValue()).isEqualByComparingTo("2400");
        assertThat(r6.get("thresholdSource").asText()).isEqualTo("province:33");
    }

    @Test
    void looseningOverlay_exits3NamingFileAndLine() throws IOException {
        Path loose = overlay("1800");
        Run run = dudao("evaluate", SAMPLE.toString(), "--overlay", loose.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains(loose + ":7:1: QB2017-R6.threshold PRIMARY = 1800 loosens the national "
                + "layer's minimum 2000");
    }

    @Test
    void missingOverlayFile_isAUsageError() {
        assertThat(dudao("evaluate", SAMPLE.toString(), "--overlay", dir.resolve("none.yaml").toString()).exitCode())
                .isEqualTo(2);
    }
}
