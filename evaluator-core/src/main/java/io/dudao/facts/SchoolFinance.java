package io.dudao.facts;

import java.math.BigDecimal;

/**
 * A school's operating funds (公用经费) and teacher-training funds, budget and actual. Money in 元.
 *
 * @param operatingBudget 年度公用经费预算
 * @param trainingBudget  其中教师培训经费预算
 * @param operatingActual 年度公用经费决算
 * @param trainingActual  其中教师培训经费决算
 */
public record SchoolFinance(BigDecimal operatingBudget, BigDecimal trainingBudget, BigDecimal operatingActual,
                            BigDecimal trainingActual) {
}
