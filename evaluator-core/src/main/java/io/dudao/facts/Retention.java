package io.dudao.facts;

/**
 * The cohort counts of the three-year junior retention rate (初中三年巩固率, QB2017-Q1).
 *
 * @param graduates           本届初中毕业生数
 * @param transfersIn3y       三年内转入学生数
 * @param transfersOut3y      三年内转出学生数
 * @param grade7Enrolment3yAgo 三年前初一在校生数
 * @param deaths3y            三年内死亡学生数
 */
public record Retention(Integer graduates, Integer transfersIn3y, Integer transfersOut3y, Integer grade7Enrolment3yAgo,
                        Integer deaths3y) {
}
