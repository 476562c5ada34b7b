package io.dudao.facts;

/**
 * The district's earlier certifications, for the preconditions of QB2017.
 *
 * @param basicBalanceCertifiedYear the year the district was certified 国家义务教育基本均衡县
 */
public record Certification(Integer basicBalanceCertifiedYear) {
}
