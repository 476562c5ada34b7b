package io.dudao.facts;

import java.math.BigDecimal;

/**
 * Survey figures the district receives rather than computes, as ratios (0.87 for 87 %).
 *
 * @param socialRecognition     社会认可度 of the QB2017 survey
 * @param publicSatisfaction    公众满意度 of the BB2012 evaluation (and of the 两项督导 survey)
 * @param preschoolRecognition  社会认可度 of the PP2020 survey
 */
public record Surveys(BigDecimal socialRecognition, BigDecimal publicSatisfaction, BigDecimal preschoolRecognition) {
}
