package io.dudao.internal.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.dudao.api.Missing;
import io.dudao.api.Verdict;
import io.dudao.api.scenario.RuleSelection;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A scenario file as read: what to evaluate and what to expect. Lines are 1-based lines of the file.
 *
 * @param name          the name
 * @param tags          free tags; {@code boundary} and {@code missing-data} count in coverage
 * @param pending       why the scenario is pending, or {@code null}
 * @param rules         the rules to run with
 * @param asOf          the as-of date, or {@code null} for the school year's default
 * @param facts         where the facts come from
 * @param changes       the changes to the facts, in order
 * @param expectations  the expected results, or empty when an error is expected
 * @param expectedError the expected error, or {@code null}
 */
record Scenario(String name, List<String> tags, String pending, RuleSelection rules,
                LocalDate asOf, Facts facts, List<Change> changes, List<Expectation> expectations,
                ExpectedError expectedError) {

    /**
     * The facts: a district given inline, or a base facts file.
     *
     * @param inline the district as JSON, or {@code null}
     * @param base   the base facts file, or {@code null}
     * @param line   the line of {@code facts} or {@code base}
     */
    record Facts(JsonNode inline, Path base, int line) {
    }

    /**
     * One expected result.
     *
     * @param line         line of the expectation
     * @param indicator    indicator id
     * @param subject      subject
     * @param verdict      expected verdict
     * @param valueGiven   whether a value is expected ({@code value: null} expects none)
     * @param value        the expected value, {@code null} for none
     * @param tolerance    the allowed absolute difference from the exact value, or {@code null} for the
     *                     default comparison (equal to the exact or to the displayed value)
     * @param reason       the expected reason, or {@code null} when not checked
     * @param failing      the expected failing subjects (as a set), or {@code null} when not checked
     * @param missing      the expected missing inputs (as a set), or {@code null} when not checked
     * @param explanations the expected explanations
     */
    record Expectation(int line, String indicator, String subject, Verdict verdict, boolean valueGiven,
                       BigDecimal value, BigDecimal tolerance, String reason, List<String> failing,
                       List<Missing> missing, List<ExplanationExpectation> explanations) {
    }

    /**
     * An expected explanation in one locale.
     *
     * @param line     line of the expectation
     * @param locale   the locale tag, e.g. {@code zh-CN}
     * @param equals   the whole text, or {@code null}
     * @param contains texts that must each appear; empty when {@code equals} is given
     */
    record ExplanationExpectation(int line, String locale, String equals, List<String> contains) {
    }

    /**
     * An expected error instead of results.
     *
     * @param line            line of {@code expectError}
     * @param code            the error code, e.g. {@code facts.invalid}
     * @param messageContains texts the message must each contain
     */
    record ExpectedError(int line, String code, List<String> messageContains) {
    }
}
