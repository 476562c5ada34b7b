package io.dudao.rules.bb2012;

import io.dudao.api.Evaluator;

/**
 * The BB2012 evaluators shared by every test of the JVM (compiling the rules costs seconds): the bundled
 * BB2012 standard alone, and BB2012 with QB2017.
 */
public final class Bb2012Fixtures {

    private Bb2012Fixtures() {
    }

    private static final class Alone {
        static final Evaluator EVALUATOR = Evaluator.builder().standards("BB2012").build();
    }

    private static final class Both {
        static final Evaluator EVALUATOR = Evaluator.builder().standards("QB2017", "BB2012").build();
    }

    /** The bundled BB2012 standard, compiled on first use and shared by the whole test JVM. */
    public static Evaluator evaluator() {
        return Alone.EVALUATOR;
    }

    /** The bundled QB2017 and BB2012 standards together, compiled on first use and shared. */
    public static Evaluator withQb2017() {
        return Both.EVALUATOR;
    }
}
