package io.dudao.facts;

/**
 * The finding on a one-vote veto (一票否决, e.g. VETO-QB1 admission by examination): whether the
 * violation was found. A veto without a finding is INSUFFICIENT_DATA.
 *
 * @param found     {@code true} when the violation was found, {@code false} when checked and not found, {@code null} unknown
 * @param reference the document or inspection record the finding rests on
 * @param note      a remark for the report
 */
public record Finding(Boolean found, String reference, String note) {
}
