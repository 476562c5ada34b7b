package io.dudao.rulemodel;

import io.dudao.facts.Stage;

/**
 * One compulsory stage of the district, the subject of the coefficient-of-variation checks.
 *
 * @param subject      {@code district:<code>/<STAGE>}
 * @param districtCode district code
 * @param stage        the stage
 */
public record StageGroup(String subject, String districtCode, Stage stage) {
}
