package io.dudao.api;

import java.util.Objects;

/**
 * The root of every exception Dudao throws on purpose. Each carries a stable {@link #code()} that
 * applications and the CLI can switch on: {@code facts.invalid}, {@code rules.invalid},
 * {@code parameters.invalid}, {@code eval.conflicting_outcomes}, {@code internal}.
 */
public class DudaoException extends RuntimeException {

    private final String code;

    public DudaoException(String code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    public DudaoException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The stable error code. */
    public String code() {
        return code;
    }
}
