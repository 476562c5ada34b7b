package io.dudao.api;

/**
 * One problem in a rule set: a DRL file that does not compile, a catalog or parameter entry that is invalid.
 *
 * @param file    the file, relative to the rule-set root
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param message what is wrong
 */
public record RuleProblem(String file, int line, int column, String message) {

    /** {@code file:line:column: message}, the form editors and CI logs link. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
