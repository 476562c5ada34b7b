package io.dudao.facts;

/**
 * The finding on a qualitative item (e.g. QB2017-G1 rational school layout): whether the evidence was
 * accepted, and the document that shows it. An item without a finding is INSUFFICIENT_DATA, never PASS.
 *
 * @param accepted  {@code true} when the evidence meets the item, {@code false} when it does not, {@code null} unknown
 * @param reference the document (文件、文号、材料) the finding rests on
 * @param note      a remark for the report
 */
public record Evidence(Boolean accepted, String reference, String note) {
}
