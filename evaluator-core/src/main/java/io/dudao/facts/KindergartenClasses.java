package io.dudao.facts;

import java.util.List;

/**
 * The size of every class of a kindergarten, by age band (班额).
 *
 * @param small  小班 (3–4 years)
 * @param middle 中班 (4–5 years)
 * @param large  大班 (5–6 years)
 * @param mixed  混龄班
 */
public record KindergartenClasses(List<Integer> small, List<Integer> middle, List<Integer> large, List<Integer> mixed) {

    public KindergartenClasses {
        small = small == null ? null : List.copyOf(small);
        middle = middle == null ? null : List.copyOf(middle);
        large = large == null ? null : List.copyOf(large);
        mixed = mixed == null ? null : List.copyOf(mixed);
    }
}
