package io.dudao.facts;

import java.util.List;

/**
 * The size of every class (班额) of a school, per compulsory stage.
 *
 * @param primary sizes of the primary classes
 * @param junior  sizes of the junior secondary classes
 */
public record ClassSizes(List<Integer> primary, List<Integer> junior) {

    public ClassSizes {
        primary = primary == null ? null : List.copyOf(primary);
        junior = junior == null ? null : List.copyOf(junior);
    }
}
