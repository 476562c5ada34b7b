package io.dudao.sheets;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dudao.api.FactProblem;
import io.dudao.api.FactsException;
import io.dudao.api.FactsReader;
import io.dudao.sheets.internal.SchemaLayout;
import io.dudao.sheets.internal.WorkbookWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The XLSX data-collection workbook for a county (数据采集表): a notes sheet explaining every column, the
 * district sheet, a sheet per list of the facts (the schools: one row per school), Chinese or English
 * headers with units, and drop-down lists for enumerations and yes/no fields. {@link SheetFacts} reads it
 * back once filled in.
 *
 * <p>The columns are derived from the facts JSON Schema at run time, so the workbook always holds every
 * field of the facts format; the standard sets the title only (which fields a standard's rules read cannot
 * be derived from the rule set cleanly). Pre-filled from a facts file, it shows a county's data for review,
 * and reading it back gives the same facts.
 *
 * <p>Instances are immutable; {@link #write(OutputStream)} may be called from several threads.
 */
public final class WorkbookTemplate {

    private static final ObjectMapper FACTS = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final String standard;
    private final boolean chinese;
    private final JsonNode district;
    private final String title;

    private WorkbookTemplate(String standard, boolean chinese, JsonNode district, String title) {
        this.standard = standard;
        this.chinese = chinese;
        this.district = district;
        this.title = title;
    }

    /**
     * An empty workbook for a standard bundled with Dudao ({@code dudao/rules/ID/catalog.yaml} on the class
     * path gives its name for the title).
     *
     * @param standard the standard's id, e.g. {@code QB2017}
     * @param locale   Chinese ({@code zh}, any country) or English ({@code en}) headers, sheet names and notes
     * @throws IllegalArgumentException when the standard is not on the class path, naming those that are,
     *                                  or the locale is neither Chinese nor English
     */
    public static WorkbookTemplate of(String standard, Locale locale) {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(locale, "locale");
        boolean chinese = switch (locale.getLanguage()) {
            case "zh" -> true;
            case "en" -> false;
            default -> throw new IllegalArgumentException("locale " + locale.toLanguageTag()
                    + ": expected zh-CN or en");
        };
        return new WorkbookTemplate(standard, chinese, null, title(standard, chinese));
    }

    /**
     * This workbook filled in with the district of a facts file, which is read and checked first.
     *
     * @param facts a facts file holding exactly one district
     * @throws FactsException when the file is invalid or holds more than one district
     */
    public WorkbookTemplate prefilled(Path facts) {
        Objects.requireNonNull(facts, "facts");
        List<?> districts = FactsReader.read(facts);
        if (districts.size() != 1) {
            throw new FactsException(List.of(new FactProblem(facts.toString(), "", districts.size() + " districts",
                    "one district: a workbook holds one")));
        }
        try {
            JsonNode tree = FACTS.readTree(Files.readString(facts).replaceFirst("^\uFEFF", ""));
            return new WorkbookTemplate(standard, chinese, tree.isArray() ? tree.get(0) : tree, title);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + facts, e);
        }
    }

    /** The title on the notes sheet: the standard's name and id. */
    public String title() {
        return title;
    }

    /**
     * Writes the workbook. The stream is not closed.
     *
     * @throws UncheckedIOException when the stream fails
     */
    public void write(OutputStream out) {
        try {
            new WorkbookWriter(SchemaLayout.layout(), chinese, title).write(district, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook: " + e.getMessage(), e);
        }
    }

    /** Writes the workbook to a file, replacing it. */
    public void write(Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static String title(String standard, boolean chinese) {
        String resource = "dudao/rules/" + standard + "/catalog.yaml";
        ClassLoader loader = WorkbookTemplate.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null || standard.isBlank() || standard.contains("/") || standard.contains("..")) {
                throw new IllegalArgumentException("standard " + standard + ": not bundled; expected one of "
                        + bundled(loader));
            }
            JsonNode name = YAML.readTree(in).path("name").path(chinese ? "zh" : "en");
            String words = name.isTextual() ? name.asText() : standard;
            return chinese ? "督导评估数据采集表：" + words + "（" + standard + "）"
                    : "Data collection workbook: " + words + " (" + standard + ")";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static String bundled(ClassLoader loader) throws IOException {
        try (InputStream in = loader.getResourceAsStream("dudao/rules/ruleset.yaml")) {
            if (in == null) {
                return "(no bundled rules on the class path)";
            }
            List<String> ids = new ArrayList<>();
            YAML.readTree(in).path("standards").forEach(s -> ids.add(s.asText()));
            return String.join(", ", ids);
        }
    }
}
