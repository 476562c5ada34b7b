package io.dudao.rulemodel;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A subject whose reported values rules read by field path: the district ({@link DistrictFact}), a whole
 * school ({@link SchoolFact}) or a kindergarten ({@link KindergartenFact}). The methods read
 * {@link #values()}; see {@link FactValues} for the paths.
 */
public interface FactSubject {

    /** The canonical subject, e.g. {@code district:330110} or {@code school:S01}. */
    String subject();

    /** The subject's name for reports, {@code null} when the facts give none. */
    String displayName();

    /** The reported values. */
    FactValues values();

    /** The number at {@code path}; unknown (naming the path) when not reported. */
    default Quantity number(String path) {
        return values().number(path);
    }

    /** The yes/no value at {@code path}, {@code null} when unknown. */
    default Boolean flag(String path) {
        return values().flag(path);
    }

    /** Whether {@code path} is reported as {@code true}. */
    default boolean isTrue(String path) {
        return values().isTrue(path);
    }

    /** Whether {@code path} is reported as {@code false}. */
    default boolean isFalse(String path) {
        return values().isFalse(path);
    }

    /** Whether a value is reported at {@code path}. */
    default boolean has(String path) {
        return values().has(path);
    }

    /** The text at {@code path}, {@code null} when unknown. */
    default String text(String path) {
        return values().text(path);
    }

    /** A time of day {@code HH:MM} at {@code path} as minutes after midnight. */
    default Quantity minutes(String path) {
        return values().minutes(path);
    }

    /** The list of numbers at {@code path}, {@code null} when unknown. */
    default List<BigDecimal> sizes(String path) {
        return values().sizes(path);
    }

    /** How many numbers of the list at {@code path} are above {@code limit}. */
    default Quantity countAbove(String path, BigDecimal limit) {
        return values().countAbove(path, limit);
    }

    /** The sum of the numbers at {@code paths}. */
    default Quantity sum(String... paths) {
        return values().sum(paths);
    }

    /** The items of the list of objects at {@code path}. */
    default List<FactValues> items(String path) {
        return values().items(path);
    }

    /** The keys directly below {@code prefix}. */
    default Set<String> keys(String prefix) {
        return values().keys(prefix);
    }
}
