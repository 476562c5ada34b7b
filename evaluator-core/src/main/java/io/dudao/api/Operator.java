package io.dudao.api;

import java.math.BigDecimal;

/** How a measured value is compared with its threshold. */
public enum Operator {
    /** value ≥ threshold (a minimum). */
    GE("≥"),
    /** value > threshold. */
    GT(">"),
    /** value ≤ threshold (a maximum). */
    LE("≤"),
    /** value &lt; threshold. */
    LT("<"),
    /** value = threshold. */
    EQ("=");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    /** The mathematical symbol, e.g. {@code ≥}. */
    public String symbol() {
        return symbol;
    }

    /** Whether {@code value} meets {@code threshold} under this operator, compared exactly. */
    public boolean test(BigDecimal value, BigDecimal threshold) {
        int c = value.compareTo(threshold);
        return switch (this) {
            case GE -> c >= 0;
            case GT -> c > 0;
            case LE -> c <= 0;
            case LT -> c < 0;
            case EQ -> c == 0;
        };
    }
}
