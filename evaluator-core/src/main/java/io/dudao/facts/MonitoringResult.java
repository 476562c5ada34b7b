package io.dudao.facts;

import java.math.BigDecimal;

/**
 * One subject of the national compulsory-education quality monitoring (国家义务教育质量监测, QB2017-Q9).
 *
 * @param subject        the subject as monitored (语文, 数学, 科学, 体育, 艺术, 德育, …)
 * @param level          the district's level, 1 (Ⅰ) to 4 (Ⅳ); Ⅲ and above meets the standard
 * @param schoolDiffRate 校际差异率 (a ratio, e.g. 0.12)
 */
public record MonitoringResult(String subject, Integer level, BigDecimal schoolDiffRate) {
}
