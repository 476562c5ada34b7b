package io.dudao.sheets.internal;

import java.util.List;
import java.util.Objects;

/**
 * One column of a list sheet, or one row of the district sheet: a leaf of the facts schema.
 *
 * @param path        the property names from the sheet's item (the district, a school) down to the value
 * @param labels      the labels of each step of {@code path}, ancestors first
 * @param unit        the unit, e.g. {@code m²}, or {@code null}
 * @param kind        how the value is written in a cell
 * @param choices     the values of an enumeration ({@link Kind#CHOICE}), else empty
 * @param description the schema's description of the property (the notes sheet shows it)
 * @param required    whether the schema requires the property
 */
public record Field(List<String> path, List<Label> labels, String unit, Kind kind, List<Choice> choices,
                    String description, boolean required) {

    public Field {
        path = List.copyOf(path);
        labels = List.copyOf(labels);
        Objects.requireNonNull(kind, "kind");
        choices = List.copyOf(choices);
        if (path.isEmpty() || path.size() != labels.size()) {
            throw new IllegalArgumentException("a field needs one label per step: " + path + " " + labels);
        }
    }

    /** How a value is written in a cell. */
    public enum Kind {
        /** Text as it is. */
        TEXT,
        /** A whole number. */
        INTEGER,
        /** A number, read exactly as written. */
        NUMBER,
        /** Yes or no: 是/否, TRUE/FALSE. */
        BOOLEAN,
        /** One value of an enumeration, its constant or a Chinese spelling. */
        CHOICE,
        /** Numbers separated by {@code ;} in one cell. */
        NUMBER_LIST,
        /** Texts separated by {@code ;} in one cell. */
        TEXT_LIST,
        /** A map of name → number, text or yes/no ({@code extra}): one column or row per name, {@code extra.NAME}. */
        OPEN_MAP
    }

    /** A step's label in both languages. */
    public record Label(String zh, String en) {
    }

    /**
     * One value of an enumeration.
     *
     * @param constant  the English constant, e.g. {@code PRIMARY}
     * @param label     the Chinese label, e.g. {@code 小学} ({@code constant} when there is none)
     * @param spellings every accepted spelling, the constant first
     */
    public record Choice(String constant, String label, List<String> spellings) {
        public Choice {
            spellings = List.copyOf(spellings);
        }
    }

    /** The dotted path, e.g. {@code teachers.primary.fullTime}. */
    public String dotted() {
        return String.join(".", path);
    }

    /** The leaf's label. */
    public Label label() {
        return labels.get(labels.size() - 1);
    }
}
