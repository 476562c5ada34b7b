package io.dudao.cli;

import io.dudao.api.DudaoException;
import io.dudao.api.Explanations;
import io.dudao.api.ReportDiff;
import io.dudao.api.ReportJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dudao diff LAST.json THIS.json}: the year-over-year view of one county ({@link ReportDiff}) from two
 * reports written by {@code dudao evaluate --format json}. Compiles no rules.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compares two JSON reports of one district (last year's and this year's, as written by "
                + "dudao evaluate --format json): outcomes whose verdict changed, values that moved and by how much, "
                + "schools newly failing and newly passing — the 整改 (rectification) view.",
                "Reports of different districts or rule sets are refused (exit 2); another edition of the rule set "
                        + "or other parameters are compared with a warning on stderr."})
final class DiffCommand extends Subcommand {

    /** The output formats of {@code diff}. */
    enum DiffFormat {
        TEXT, JSON, HTML;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LAST", description = "Last year's report (JSON).")
    private Path last;

    @Parameters(index = "1", paramLabel = "THIS", description = "This year's report (JSON) of the same district.")
    private Path current;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); html is one "
                    + "self-contained page.")
    private DiffFormat format;

    @Option(names = "--locale", paramLabel = "LOCALE", defaultValue = "zh-CN",
            description = "Language of the text and HTML: zh-CN or en (default: ${DEFAULT-VALUE}). The "
                    + "explanations are those of THIS report, in its own language.")
    private String locale;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the output to FILE (UTF-8), not stdout.")
    private Path output;

    @Override
    int run() {
        Locale language;
        try {
            language = Explanations.locale(locale);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--locale: " + e.getMessage());
        }
        ReportDiff diff = ReportDiff.of(ReportJson.read(last), ReportJson.read(current));
        diff.warnings().forEach(w -> err().println("dudao: warning: " + w));
        err().flush();
        String text = switch (format) {
            case TEXT -> diff.toText(language);
            case JSON -> diff.toJson();
            case HTML -> diff.toHtml(language);
        };
        if (output == null) {
            out().print(text);
            out().flush();
        } else {
            try {
                Files.writeString(output, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new DudaoException("internal", "cannot write " + output + ": " + e, e);
            }
        }
        return ErrorHandler.OK;
    }
}
