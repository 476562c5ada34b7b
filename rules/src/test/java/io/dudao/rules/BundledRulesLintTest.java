package io.dudao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bundled standards pass their own lint: every rule names a catalog indicator, every indicator has rules. */
class BundledRulesLintTest {

    @Test
    void bundledRules_haveNoLintProblems() {
        assertThat(Fixtures.evaluator().lint()).isEmpty();
    }
}
