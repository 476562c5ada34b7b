package io.dudao.cli;

import io.dudao.api.BatchEvaluation;
import io.dudao.api.DudaoException;
import io.dudao.api.Evaluator;
import io.dudao.api.FactsException;
import io.dudao.sheets.ColumnMapping;
import io.dudao.api.ProvinceSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * {@code dudao evaluate FACTS... --summary FILE}: every district of the facts files and directories on the batch
 * path ({@link BatchEvaluation}, reading one file at a time), one summary row kept per district, then the
 * province summary written as HTML or CSV. A progress bar on stderr when asked (on a terminal).
 */
final class ProvinceRun {

    /** What the summary file is, by its extension. */
    enum Kind {
        HTML, CSV;

        /** The kind of {@code file}, or {@code null} for an extension that names none. */
        static Kind of(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".html") || name.endsWith(".htm") ? HTML : name.endsWith(".csv") ? CSV : null;
        }
    }

    private ProvinceRun() {
    }

    /**
     * Evaluates and writes the summary.
     *
     * @param mapping  the column mapping for spreadsheet inputs
     * @param progress whether to show a progress bar on standard error
     * @param failExit whether FAIL decisions exit with {@link ErrorHandler#FAILED}
     * @return the exit code: 4 when a district could not be evaluated or a file not read (the summary is written
     * all the same), else 5 with {@code failExit} and a county whose decision is FAIL, else 0
     */
    static int run(Evaluator evaluator, List<Path> inputs, ColumnMapping mapping, Path summary, Locale locale,
                   LocalDate asOf, boolean progress, boolean failExit, PrintWriter err) {
        Kind kind = Kind.of(summary);
        List<Path> files = FactsFiles.expand(inputs);
        List<FactsException> unreadable = Collections.synchronizedList(new ArrayList<>());
        List<ProvinceSummary.Row> rows = Collections.synchronizedList(new ArrayList<>());
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        BatchEvaluation.Summary s;
        try (ProgressBar bar = progress ? bar(files.size()) : null) {
            FactsFiles.Progress read = bar == null ? FactsFiles.Progress.NONE
                    // estimate the districts still to come from the districts per file so far
                    : (n, districts) -> bar.maxHint(districts + (long) Math.ceil(
                            (double) districts / n * (files.size() - n)));
            s = BatchEvaluation.run(evaluator, FactsFiles.districts(files, mapping, unreadable, read), threads, asOf, report -> {
                rows.add(ProvinceSummary.row(report, evaluator.indicators()));
                if (bar != null) {
                    bar.step();
                }
            });
        }
        s.errors().forEach(e -> rows.add(ProvinceSummary.Row.error(e.districtCode(), e.code() + ": " + e.message())));
        ProvinceSummary province = ProvinceSummary.of(evaluator.indicators(), evaluator.standards(), rows);
        // a byte-order mark, so that spreadsheet programs read the CSV's Chinese as UTF-8
        String text = kind == Kind.CSV ? "\uFEFF" + province.toCsv(locale) : province.toHtml(locale);
        try {
            Path parent = summary.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(summary, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DudaoException("internal", "cannot write " + summary + ": " + e, e);
        }
        err.printf(Locale.ROOT, "%d districts evaluated: %d with a FAIL decision, %d could not be evaluated, %d files "
                        + "unreadable; summary in %s%n", s.evaluated(), province.failingCounties(), s.errors().size(),
                unreadable.size(), summary);
        s.errors().forEach(e -> err.println("  " + e.districtCode() + ": " + e.code() + ": " + e.message()));
        unreadable.forEach(e -> err.println("  " + e.getMessage()));
        err.flush();
        if (!s.errors().isEmpty() || !unreadable.isEmpty()) {
            return ErrorHandler.FACTS_INVALID;
        }
        return failExit && province.failingCounties() > 0 ? ErrorHandler.FAILED : ErrorHandler.OK;
    }

    private static ProgressBar bar(int files) {
        return new ProgressBarBuilder().setTaskName("dudao").setInitialMax(files).setUnit(" districts", 1)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(200).build();
    }
}
