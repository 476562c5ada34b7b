package io.dudao.api;

/**
 * One problem in a facts file.
 *
 * @param file     the file, or {@code null} when the facts did not come from a file
 * @param path     the field path, e.g. {@code schools[3].enrolment.primary}; empty for the whole document
 * @param value    the offending value as it appeared (JSON text), or {@code null} when the field is absent
 * @param expected what was expected, e.g. {@code an integer ≥ 0}
 */
public record FactProblem(String file, String path, String value, String expected) {

    /** {@code file: path: found VALUE, expected EXPECTED}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (file != null) {
            b.append(file).append(": ");
        }
        b.append(path == null || path.isEmpty() ? "(document)" : path).append(": ");
        b.append(value == null ? "missing" : "found " + value).append(", expected ").append(expected);
        return b.toString();
    }
}
