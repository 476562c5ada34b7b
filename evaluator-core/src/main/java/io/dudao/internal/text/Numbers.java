package io.dudao.internal.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Number formatting for explanations and reports (text, HTML, Markdown): plain decimals with an optional
 * thousands separator. Stateless.
 */
public final class Numbers {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Numbers() {
    }

    /** {@code value} to exactly {@code decimals} places (half up), e.g. 3.8889 → "3.89". */
    public static String fixed(BigDecimal value, int decimals, String grouping) {
        return group(value.setScale(decimals, RoundingMode.HALF_UP).toPlainString(), grouping);
    }

    /** {@code value} as given, without trailing zeros, with at least {@code minDecimals} places: 4.20 → "4.2". */
    public static String plain(BigDecimal value, int minDecimals, String grouping) {
        BigDecimal s = value.stripTrailingZeros();
        if (s.scale() < minDecimals) {
            s = s.setScale(minDecimals, RoundingMode.UNNECESSARY);
        }
        return group(s.toPlainString(), grouping);
    }

    /** {@code ratio} as a percentage to at most one decimal: 0.85 → "85%", 0.8346 → "83.5%". */
    static String percent(BigDecimal ratio) {
        BigDecimal p = ratio.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        if (p.scale() < 0) {
            p = p.setScale(0, RoundingMode.UNNECESSARY);
        }
        return p.toPlainString() + "%";
    }

    /** Inserts {@code grouping} every three digits of the integer part; none when it is empty. */
    public static String group(String plain, String grouping) {
        if (grouping == null || grouping.isEmpty()) {
            return plain;
        }
        int sign = plain.startsWith("-") ? 1 : 0;
        int dot = plain.indexOf('.');
        int end = dot < 0 ? plain.length() : dot;
        StringBuilder out = new StringBuilder(plain.substring(0, sign));
        String digits = plain.substring(sign, end);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(grouping);
            }
            out.append(digits.charAt(i));
        }
        return out.append(plain.substring(end)).toString();
    }

    /** A BigDecimal for any number argument, {@code null} for anything else. */
    static BigDecimal decimal(Object o) {
        if (o instanceof BigDecimal b) {
            return b;
        }
        if (o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte) {
            return BigDecimal.valueOf(((Number) o).longValue());
        }
        if (o instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        return null;
    }
}
