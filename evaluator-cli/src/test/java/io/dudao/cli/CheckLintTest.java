package io.dudao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dudao check} lints what compiles: a rule naming an indicator outside the catalog is exit 3 with file:line. */
class CheckLintTest {

    @Test
    void check_reportsLintProblemsWithTheirLocation(@TempDir Path dir) throws IOException, URISyntaxException {
        Path bundled = Path.of(CheckLintTest.class.getResource("/dudao/rules/ruleset.yaml").toURI()).getParent();
        try (Stream<Path> s = Files.walk(bundled)) {
            for (Path p : s.toList()) {
                Path to = dir.resolve(bundled.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    try (InputStream in = Files.newInputStream(p)) {
                        Files.copy(in, to);
                    }
                }
            }
        }
        Path r4 = dir.resolve("QB2017/QB2017-R4-teaching-area.drl");
        Files.writeString(r4, Files.readString(r4).replaceFirst("@indicator\\(\"QB2017-R4\"\\)", "@indicator(\"QB2017-R44\")"));
        StringWriter err = new StringWriter();
        int code = new CommandLine(new DudaoCommand()).setOut(new PrintWriter(new StringWriter()))
                .setErr(new PrintWriter(err)).execute("check", "--rules", dir.toString());
        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).contains(dir.resolve("QB2017/QB2017-R4-teaching-area.drl")
                + ":13:1: rule \"QB2017-R4 derive: teaching and auxiliary floor space per student\" names "
                + "@indicator(\"QB2017-R44\"), which is not in the catalog of QB2017");
    }
}
