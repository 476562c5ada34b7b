package io.dudao.facts;

import java.math.BigDecimal;

/**
 * One budget year of the district's education finance, for the year-over-year rules (两个只增不减,
 * 三个增长). Money in 元.
 *
 * @param year                      the budget year
 * @param eduExpenditure            一般公共预算教育支出
 * @param students                  在校学生数 (all stages the expenditure covers)
 * @param regularRevenue            财政经常性收入
 * @param eduAppropriation          教育财政拨款
 * @param teacherAvgPay             教师年平均工资
 * @param operatingPerStudent       生均公用经费 (all compulsory stages)
 */
public record FinanceYear(Integer year, BigDecimal eduExpenditure, Integer students, BigDecimal regularRevenue,
                          BigDecimal eduAppropriation, BigDecimal teacherAvgPay, BigDecimal operatingPerStudent) {
}
