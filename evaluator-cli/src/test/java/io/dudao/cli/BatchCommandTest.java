package io.dudao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BatchCommandTest {

    @TempDir
    Path dir;

    @Test
    void batch_writesOneReportPerDistrict_andReportsUnreadableFiles() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("../examples/samples/qb2017-small-county.json"), in.resolve("a.json"));
        Files.copy(Path.of("../examples/samples/qb2017-realistic-county.json"), in.resolve("b.json"));
        Files.writeString(in.resolve("c.json"), "{\"code\": \"1\", \"schools\": [{\"id\": \"X\", \"type\": \"大学\"}]}");
        Path out = dir.resolve("out");
        StringWriter err = new StringWriter();
        int code = new CommandLine(new DudaoCommand()).setOut(new PrintWriter(new StringWriter()))
                .setErr(new PrintWriter(err)).execute("batch", in.toString(), "--output-dir", out.toString(),
                        "--threads", "2", "--locale", "en");
        assertThat(code).isEqualTo(4);
        assertThat(out.resolve("330999.json")).exists();
        assertThat(Files.readString(out.resolve("330998.json"))).contains("\"locale\" : \"en\"");
        assertThat(err.toString()).contains("2 districts evaluated on 2 threads: 2 with FAIL results, 0 could not be "
                + "evaluated, 1 files unreadable").contains("schools[0].type");
    }
}
