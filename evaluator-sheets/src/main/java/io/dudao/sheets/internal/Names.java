package io.dudao.sheets.internal;

import java.util.List;

/** The fixed names of the workbook: sheets and the columns of the district sheet, in Chinese and English. */
final class Names {

    static final List<String> DISTRICT_SHEET = List.of("区县", "district");
    static final List<String> NOTES_SHEET = List.of("说明", "notes");
    static final String LISTS_SHEET = "_lists";

    static final List<String> FIELD_COLUMN = List.of("字段", "field");
    static final List<String> ITEM_COLUMN = List.of("项目", "item");
    static final List<String> UNIT_COLUMN = List.of("单位", "unit");
    static final List<String> VALUE_COLUMN = List.of("填报值", "value");
    static final List<String> KEY_COLUMN = List.of("键", "key");

    private Names() {
    }

    static String pick(List<String> names, boolean chinese) {
        return names.get(chinese ? 0 : 1);
    }

    /** The sheet name of a list or map sheet: its Chinese label, or its field path in English. */
    static String sheet(Table table, boolean chinese) {
        return safe(chinese ? table.label().zh() : table.dotted());
    }

    /** Whether {@code text} is one of {@code names}, loosely compared. */
    static boolean is(String text, List<String> names) {
        String k = Cells.key(text);
        return names.stream().anyMatch(n -> Cells.key(n).equals(k));
    }

    /** A valid worksheet name: at most 31 characters, none of {@code : \ / ? * [ ]}. */
    static String safe(String name) {
        String s = name.replaceAll("[:\\\\/?*\\[\\]]", "_");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }
}
