package io.dudao.sheets.internal;

import java.util.List;

/**
 * The workbook that the facts schema implies: the district's own fields (the district sheet), a sheet per
 * list or map of objects, and the parts of the schema a workbook cannot hold (left to JSON).
 *
 * @param district the district's fields, nested objects flattened, in schema order
 * @param tables   the list and map sheets, in schema order
 * @param skipped  dotted paths of the properties no sheet holds (a list of objects inside a list item)
 */
public record Layout(List<Field> district, List<Table> tables, List<String> skipped) {

    public Layout {
        district = List.copyOf(district);
        tables = List.copyOf(tables);
        skipped = List.copyOf(skipped);
    }
}
