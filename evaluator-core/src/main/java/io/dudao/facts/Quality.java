package io.dudao.facts;

import java.util.List;

/**
 * District figures for the education-quality indicators (教育质量).
 *
 * @param retention         the junior cohort counts of the retention rate
 * @param disabledSchoolAge 适龄残疾儿童少年数
 * @param disabledEnrolled  其中入学的残疾儿童少年数 (any form of schooling)
 * @param monitoring        the national quality-monitoring results by subject
 */
public record Quality(Retention retention, Integer disabledSchoolAge, Integer disabledEnrolled,
                      List<MonitoringResult> monitoring) {

    public Quality {
        monitoring = monitoring == null ? null : List.copyOf(monitoring);
    }
}
