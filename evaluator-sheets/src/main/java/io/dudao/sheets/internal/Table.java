package io.dudao.sheets.internal;

import java.util.List;

/**
 * A sheet of items: an array of objects (the schools; one row per item) or a map of objects keyed by id
 * (one row per entry, the key in its own column), at the district level of the facts.
 *
 * @param path        the property names from the district down to the array or map, e.g. {@code [schools]}
 * @param label       its label in both languages (the sheet's name)
 * @param keyed       whether it is a map keyed by id (a key column) rather than an array
 * @param fields      the columns, in schema order
 * @param description the schema's description of the property
 */
public record Table(List<String> path, Field.Label label, boolean keyed, List<Field> fields, String description) {

    public Table {
        path = List.copyOf(path);
        fields = List.copyOf(fields);
    }

    /** The dotted path, e.g. {@code schools}; also the name of its CSV file ({@code schools.csv}). */
    public String dotted() {
        return String.join(".", path);
    }
}
