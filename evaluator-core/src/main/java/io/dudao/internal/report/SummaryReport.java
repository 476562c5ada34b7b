package io.dudao.internal.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.dudao.api.DudaoException;
import io.dudao.api.ProvinceSummary;
import io.dudao.api.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link ProvinceSummary}: CSV with Jackson's CSV module, HTML from the {@code summary} template with
 * the sorting script {@code sortable.js} inline. The page's Content-Security-Policy allows that script alone,
 * by its hash, and nothing from the network. Thread-safe.
 */
public final class SummaryReport {

    /** Quotes a value only when CSV needs it (a comma, a quote, a line break). */
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final String SCRIPT = resource("templates/sortable.js");
    private static final String SCRIPT_HASH = "sha256-" + sha256(SCRIPT);

    private SummaryReport() {
    }

    /** A column head; {@code num} when its cells sort as numbers. */
    record Head(String text, boolean num) {
    }

    /** A cell: its text, CSS class and sort key ({@code null}: its text). */
    record Cell(String text, String cls, String key) {
    }

    record Line(List<Cell> cells) {
    }

    /** The summary as CSV. */
    public static String csv(ProvinceSummary s, Locale locale) {
        ReportLabels l = ReportLabels.of(locale);
        List<Head> heads = heads(s, l);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
        heads.forEach(h -> schema.addColumn(h.text()));
        List<String[]> rows = new ArrayList<>();
        for (Line line : lines(s, l)) {
            rows.add(line.cells().stream().map(Cell::text).toArray(String[]::new));
        }
        try {
            return CSV.writer(schema.build()).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new DudaoException("internal", "cannot write CSV: " + e.getOriginalMessage(), e);
        }
    }

    /** The summary as an HTML page. */
    public static String html(ProvinceSummary s, Locale locale) {
        ReportLabels l = ReportLabels.of(locale);
        return Templates.render("summary", new Page(s, l));
    }

    @SuppressWarnings("unused")   // read by Mustache
    static final class Page {
        final String lang;
        final String title;
        final String counts;
        final String sortHint;
        final List<Head> heads;
        final List<Line> rows;
        final String script = SCRIPT;
        final String scriptHash = SCRIPT_HASH;

        Page(ProvinceSummary s, ReportLabels l) {
            lang = l.get("lang");
            title = l.get("sum.title", s.rows().size());
            long errors = s.rows().stream().filter(r -> r.error() != null).count();
            counts = l.get("sum.counties", s.rows().size(), s.failingCounties(), errors);
            sortHint = l.get("sum.sortHint");
            heads = heads(s, l);
            rows = lines(s, l);
        }
    }

    private static List<Head> heads(ProvinceSummary s, ReportLabels l) {
        List<Head> heads = new ArrayList<>();
        heads.add(new Head(l.get("sum.code"), false));
        heads.add(new Head(l.get("sum.name"), false));
        for (String standard : s.standards()) {
            heads.add(new Head(l.get("decisionOf", standard), true));
        }
        for (ProvinceSummary.Dimension d : s.dimensions()) {
            heads.add(new Head(d.standard() + " " + d.name().getOrDefault(l.language(), d.id()), true));
        }
        heads.add(new Head(l.get("sum.failing"), true));
        heads.add(new Head(l.get("sum.error"), false));
        return heads;
    }

    private static List<Line> lines(ProvinceSummary s, ReportLabels l) {
        List<Line> out = new ArrayList<>();
        for (ProvinceSummary.Row r : s.rows()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(new Cell(r.code(), "", null));
            cells.add(new Cell(r.name() == null ? "" : r.name(), "", null));
            for (String standard : s.standards()) {
                cells.add(verdict(r.error() == null ? r.decisions().get(standard) : null, l));
            }
            for (ProvinceSummary.Dimension d : s.dimensions()) {
                cells.add(verdict(r.error() == null ? r.dimensions().get(d.key()) : null, l));
            }
            cells.add(r.error() == null ? new Cell(String.valueOf(r.failingIndicators()), "num", null)
                    : new Cell("", "num", "-1"));
            cells.add(new Cell(r.error() == null ? "" : r.error(), r.error() == null ? "" : "v-fail", null));
            out.add(new Line(cells));
        }
        return out;
    }

    /** A verdict cell; it sorts FAIL first, then INSUFFICIENT_DATA, NOT_APPLICABLE, PASS, then none. */
    private static Cell verdict(Verdict v, ReportLabels l) {
        if (v == null) {
            return new Cell("", "v-none", "9");
        }
        String rank = switch (v) {
            case FAIL -> "0";
            case INSUFFICIENT_DATA -> "1";
            case NOT_APPLICABLE -> "2";
            case PASS -> "3";
        };
        return new Cell(l.verdict(v), "v-" + ReportModel.cls(v), rank);
    }

    private static String resource(String name) {
        try (InputStream in = SummaryReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + SummaryReport.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String s) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
