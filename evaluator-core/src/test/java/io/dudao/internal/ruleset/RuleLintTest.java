package io.dudao.internal.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import io.dudao.api.Evaluator;
import io.dudao.api.RuleProblem;
import io.dudao.internal.engine.RuleSetFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleLintTest {

    @Test
    void lint_findsIndicatorsWithoutRules_rulesWithoutOrWithUnknownIndicators_andMisnamedRules(@TempDir Path dir)
            throws IOException {
        Path rules = RuleSetFixtures.copy("basic", dir);
        Files.writeString(rules.resolve("T1/T1-X-extra.drl"), """
                package dudao.rules.t1;
                import io.dudao.rulemodel.*;

                rule "T1-X helper"
                when
                    $d : DistrictFact( )
                then
                end

                rule "T1-Z stray"
                    @indicator("T1-Z")
                when
                    $d : DistrictFact( )
                then
                end

                rule "district check"
                    @indicator("T1-A")
                when
                    $d : DistrictFact( )
                then
                end

                rule "T1 machinery"
                    @standard("T1")
                when
                    $d : DistrictFact( )
                then
                end
                """);
        Evaluator e = Evaluator.builder().rulesDirectory(rules).build();
        assertThat(e.lint()).extracting(RuleProblem::toString).containsExactly(
                "T1/T1-X-extra.drl:4:1: rule \"T1-X helper\" says neither @indicator(\"<id>\") nor @standard(\"T1\"): "
                        + "every rule names the indicator it serves",
                "T1/T1-X-extra.drl:10:1: rule \"T1-Z stray\" names @indicator(\"T1-Z\"), which is not in the catalog of T1",
                "T1/T1-X-extra.drl:17:1: rule \"district check\" serves T1-A; its name starts with the indicator id, "
                        + "e.g. \"T1-A fail: …\"",
                "T1/catalog.yaml:0:0: indicator T1-D has no rule: no rule of T1 says @indicator(\"T1-D\")");
    }
}
