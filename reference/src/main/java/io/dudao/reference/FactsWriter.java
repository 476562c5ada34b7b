package io.dudao.reference;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.dudao.facts.District;
import io.dudao.facts.Enrolment;
import io.dudao.facts.School;
import io.dudao.facts.StageTeachers;
import io.dudao.facts.Teachers;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes districts as facts JSON in the format {@code FactsReader} reads (facts schema version 1): UTF-8,
 * two-space indentation, {@code \n} line ends, decimals written plainly and exactly as held (a value of
 * scale 2 keeps its two decimals, so reading the file back gives equal records), unknown values left out,
 * enumerations as their English constants. Thread-safe.
 */
public final class FactsWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private FactsWriter() {
    }

    /** Writes {@code district} to {@code <directory>/<code>.json}, creating the directory; returns the file. */
    public static Path writeFile(District district, Path directory) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve(district.code() + ".json");
        try (OutputStream out = Files.newOutputStream(file)) {
            write(district, out);
        }
        return file;
    }

    /** Writes {@code district} as one facts document to {@code out}, which is flushed, not closed. */
    public static void write(District district, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            g.writeStringField("schemaVersion", "1");
            g.writeStringField("code", district.code());
            text(g, "name", district.name());
            text(g, "provinceCode", district.provinceCode());
            text(g, "cityCode", district.cityCode());
            text(g, "schoolYear", district.schoolYear());
            g.writeArrayFieldStart("schools");
            for (School s : district.schools()) {
                school(g, s);
            }
            g.writeEndArray();
            extra(g, district.extra());
            g.writeEndObject();
            g.writeRaw('\n');
        }
        out.flush();
    }

    private static void school(JsonGenerator g, School s) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        text(g, "name", s.name());
        text(g, "type", s.type() == null ? null : s.type().name());
        text(g, "ownership", s.ownership() == null ? null : s.ownership().name());
        text(g, "location", s.location() == null ? null : s.location().name());
        flag(g, "special", s.special());
        flag(g, "vocational", s.vocational());
        flag(g, "denseCityCentre", s.denseCityCentre());
        Enrolment e = s.enrolment();
        g.writeObjectFieldStart("enrolment");
        count(g, "primary", e.primary());
        count(g, "junior", e.junior());
        count(g, "senior", e.senior());
        g.writeEndObject();
        Teachers t = s.teachers();
        g.writeObjectFieldStart("teachers");
        stage(g, "primary", t.primary());
        stage(g, "junior", t.junior());
        g.writeEndObject();
        amount(g, "areaTeachingAux", s.areaTeachingAux());
        amount(g, "areaIndoorSports", s.areaIndoorSports());
        amount(g, "areaSportsField", s.areaSportsField());
        amount(g, "equipmentValue", s.equipmentValue());
        amount(g, "multimediaClassrooms", s.multimediaClassrooms());
        amount(g, "areaOtherSportsOnCampus", s.areaOtherSportsOnCampus());
        amount(g, "areaLeasedOffCampus", s.areaLeasedOffCampus());
        extra(g, s.extra());
        g.writeEndObject();
    }

    private static void stage(JsonGenerator g, String name, StageTeachers t) throws IOException {
        if (t == null) {
            return;
        }
        g.writeObjectFieldStart(name);
        count(g, "fullTime", t.fullTime());
        count(g, "aboveRequiredQualification", t.aboveRequiredQualification());
        count(g, "backboneCountyPlus", t.backboneCountyPlus());
        count(g, "pe", t.pe());
        count(g, "music", t.music());
        count(g, "fineArt", t.fineArt());
        count(g, "arts", t.arts());
        count(g, "visitingPeArts", t.visitingPeArts());
        g.writeEndObject();
    }

    private static void extra(JsonGenerator g, Map<String, Object> extra) throws IOException {
        if (extra.isEmpty()) {
            return;
        }
        g.writeObjectFieldStart("extra");
        for (Map.Entry<String, Object> x : new TreeMap<>(extra).entrySet()) {
            Object v = x.getValue();
            if (v instanceof BigDecimal b) {
                g.writeNumberField(x.getKey(), b);
            } else if (v instanceof Integer i) {
                g.writeNumberField(x.getKey(), i);
            } else if (v instanceof Long l) {
                g.writeNumberField(x.getKey(), l);
            } else if (v instanceof Number n) {
                g.writeNumberField(x.getKey(), new BigDecimal(n.toString()));
            } else if (v instanceof Boolean b) {
                g.writeBooleanField(x.getKey(), b);
            } else if (v != null) {
                g.writeStringField(x.getKey(), v.toString());
            }
        }
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void flag(JsonGenerator g, String name, Boolean value) throws IOException {
        if (value != null) {
            g.writeBooleanField(name, value);
        }
    }

    private static void count(JsonGenerator g, String name, Integer value) throws IOException {
        if (value != null) {
            g.writeNumberField(name, value.intValue());
        }
    }

    private static void amount(JsonGenerator g, String name, BigDecimal value) throws IOException {
        if (value != null) {
            g.writeNumberField(name, value);
        }
    }
}
