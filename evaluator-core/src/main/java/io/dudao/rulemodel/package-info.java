/**
 * The fact types that rules see. Policy authors read and write DRL against these types; Java builds
 * the input facts ({@link io.dudao.rulemodel.SchoolPart}, {@link io.dudao.rulemodel.StageGroup},
 * {@link io.dudao.rulemodel.DistrictFact}, {@link io.dudao.rulemodel.Param},
 * {@link io.dudao.rulemodel.Threshold}) and collects the {@link io.dudao.rulemodel.Outcome}s that
 * rules insert.
 *
 * <p>The data flow inside a session: rules <em>derive</em> {@link io.dudao.rulemodel.Measure}s from
 * school parts, <em>judge</em> measures against thresholds into outcomes, and <em>roll up</em>
 * outcomes through {@link io.dudao.rulemodel.Tally} facts into school, dimension and standard verdicts.
 * Rules that aggregate with {@code accumulate} carry a negative salience, one step per level, so that
 * they fire once their inputs are complete.
 */
package io.dudao.rulemodel;
