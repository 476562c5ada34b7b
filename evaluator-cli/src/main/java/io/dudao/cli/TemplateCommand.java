package io.dudao.cli;

import io.dudao.api.Explanations;
import io.dudao.sheets.WorkbookTemplate;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code dudao template --standard QB2017 [--locale zh-CN|en] [--output FILE.xlsx] [--from FACTS.json]}: writes
 * the XLSX data-collection workbook of a county, optionally filled in from a facts file.
 */
@Command(name = "template", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Writes the XLSX data-collection workbook (数据采集表) for a county: a district sheet, a "
                + "schools sheet, drop-down lists for enumerations and a notes sheet. `dudao evaluate` reads it "
                + "once filled in.")
final class TemplateCommand extends Subcommand {

    @Spec
    private CommandSpec spec;

    @Option(names = "--standard", paramLabel = "ID", defaultValue = "QB2017",
            description = "The standard whose name titles the workbook (default: ${DEFAULT-VALUE}). The workbook "
                    + "holds every field of the facts format.")
    private String standard;

    @Option(names = "--locale", paramLabel = "LOCALE", defaultValue = "zh-CN",
            description = "Language of sheet names, headers, drop-down lists and notes: zh-CN or en "
                    + "(default: ${DEFAULT-VALUE}).")
    private String locale;

    @Option(names = "--output", paramLabel = "FILE",
            description = "The workbook to write (default: <standard>-workbook.xlsx in the current directory).")
    private Path output;

    @Option(names = "--from", paramLabel = "FACTS",
            description = "A facts file (JSON, one district) whose values fill the workbook.")
    private Path from;

    @Override
    int run() {
        Locale language;
        WorkbookTemplate template;
        try {
            language = Explanations.locale(locale);
            template = WorkbookTemplate.of(standard, language);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (from != null) {
            template = template.prefilled(from);
        }
        Path file = output != null ? output : Path.of(standard + "-workbook.xlsx");
        template.write(file);
        err().println("dudao: wrote " + file + (from == null ? "" : " (filled in from " + from + ")"));
        err().flush();
        return ErrorHandler.OK;
    }
}
