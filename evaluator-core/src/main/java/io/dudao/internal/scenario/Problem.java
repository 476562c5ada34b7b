package io.dudao.internal.scenario;

/**
 * A problem in a scenario file.
 *
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param message what is wrong
 */
record Problem(int line, int column, String message) {
}
