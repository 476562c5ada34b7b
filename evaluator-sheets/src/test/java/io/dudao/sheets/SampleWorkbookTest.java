package io.dudao.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import io.dudao.api.FactsReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The filled sample workbook in examples/samples reads back to the same facts as the realistic sample.
 * {@code -Ddudao.updateSamples=true} rewrites it from the template. It is not compared byte for byte with
 * what the template writes now: fields added to the facts schema add columns, and a workbook without them
 * still reads (their cells are unknown), so the sample need not be rewritten with every schema change.
 */
class SampleWorkbookTest {

    static final Path SAMPLE = Path.of("../examples/samples/qb2017-realistic-county.xlsx");

    @Test
    void sampleWorkbook_readsBackToTheRealisticSample() throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        WorkbookTemplate.of("QB2017", Locale.SIMPLIFIED_CHINESE).prefilled(RoundTripTest.REALISTIC).write(written);
        if (Boolean.getBoolean("dudao.updateSamples")) {
            Files.write(SAMPLE, written.toByteArray());
        }

        assertThat(SheetFacts.read(SAMPLE)).as("regenerate with -Ddudao.updateSamples=true")
                .isEqualTo(FactsReader.read(RoundTripTest.REALISTIC));
    }

    @Test
    void sampleMappingFile_namesOnlyFieldsOfTheWorkbook() {
        ColumnMapping.read(Path.of("../examples/samples/bureau-mapping.yaml"));
    }

    @Test
    void publicApi_neverMentionsInternalsOrPoi() {
        for (Class<?> c : List.of(SheetFacts.class, ColumnMapping.class, WorkbookTemplate.class)) {
            for (Method m : c.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers())) {
                    assertThat(m.toGenericString()).as(c.getSimpleName())
                            .doesNotContain(".internal.", "org.apache.poi", "com.fasterxml");
                }
            }
        }
    }
}
