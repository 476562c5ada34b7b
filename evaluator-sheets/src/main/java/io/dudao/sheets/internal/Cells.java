package io.dudao.sheets.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/** Small helpers shared by the workbook writer and reader. */
final class Cells {

    private static final Set<String> YES = Set.of("是", "true", "yes", "y", "1", "√", "✓", "有");
    private static final Set<String> NO = Set.of("否", "false", "no", "n", "0", "×", "✗", "无");

    private Cells() {
    }

    /** {@code 0} → A, {@code 26} → AA. */
    static String letters(int column) {
        StringBuilder b = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            b.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return b.toString();
    }

    /** A number in plain notation without trailing zeros: {@code 12168.0} → {@code 12168}. */
    static String plain(BigDecimal n) {
        return normal(n).toPlainString();
    }

    /** Trailing zeros stripped, never a negative scale: {@code 1.2E+3} → {@code 1200}. */
    static BigDecimal normal(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** A number written in a text cell, or {@code null}. */
    static BigDecimal number(String text) {
        String t = text.strip();
        if (t.isEmpty() || !t.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?")) {
            return null;
        }
        return normal(new BigDecimal(t));
    }

    /** Yes, no, or {@code null} when the text is neither. */
    static Boolean yesNo(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(t)) {
            return Boolean.TRUE;
        }
        return NO.contains(t) ? Boolean.FALSE : null;
    }

    /** Headers compared loosely: whitespace removed, full-width brackets and letters folded, case ignored. */
    static String key(String header) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                continue;
            }
            if (c >= '！' && c <= '～') {
                c = (char) (c - '！' + '!');   // full-width ASCII forms
            }
            b.append(c);
        }
        return b.toString().replace("㎡", "m²").replace("m2", "m²").toLowerCase(Locale.ROOT);
    }
}
