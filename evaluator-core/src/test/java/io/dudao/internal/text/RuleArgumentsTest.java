package io.dudao.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.dudao.api.Verdict;
import io.dudao.internal.ruleset.StandardDef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleArgumentsTest {

    private static RuleArguments scan(String drl) {
        return RuleArguments.scan(new StandardDef("T", Map.of(), null, Map.of(), List.of(), List.of(),
                List.of(new StandardDef.RuleFile("T/x.drl", drl)), List.of()));
    }

    private static final String DRL = """
            package dudao.rules.t;
            rule "T-R pass" @indicator("T-R")
            when $t : Tally( ) then
                insert( Outcome.rolledUp( $t, Verdict.PASS ).with( "minMet", 6 ).with( "floor", 0.85 ) );
            end
            rule "T-R pass, other way" @indicator("T-R")
            when $t : Tally( ) then
                insert( Outcome.rolledUp( $t, Verdict.PASS ).with( "minMet", 6 ) );
            end
            rule "T-R fail" @indicator("T-R")
            when $t : Tally( ) then
                // insert( Outcome.rolledUp( $t, Verdict.FAIL ).with( "commented", 1 ) );
                insert( Outcome.rolledUp( $t, Verdict.FAIL ).with( "belowFloor", $t.children() ) ); /* .with( "x", 1 ) */
            end
            rule "T-S any" @indicator("T-S")
            when $m : Measure( ) then
                insert( Outcome.judged( $m, null, $m.value() == null ? Verdict.INSUFFICIENT_DATA : Verdict.PASS ).with( "how", "x" ) );
            end
            rule "scope: not applicable" @standard("T")
            when $p : SchoolPart( ) then
                insert( Outcome.notApplicable( "T-R", $p.subject(), "out" ).with( "why", "end of it" ) );
            end
            """;

    @Test
    void namesAreAlwaysThereOnlyWhenEveryRuleOfThatVerdictAddsThem() {
        RuleArguments a = scan(DRL);
        assertThat(a.of("T-R", Verdict.PASS)).containsExactly(Map.entry("minMet", true), Map.entry("floor", false));
        assertThat(a.of("T-R", Verdict.FAIL)).containsExactly(Map.entry("belowFloor", true));
    }

    @Test
    void aRuleWhoseVerdictIsNotOneConstant_countsForEveryVerdict_andOneWithoutIndicatorForEveryIndicator() {
        RuleArguments a = scan(DRL);
        assertThat(a.of("T-S", Verdict.FAIL)).containsExactly(Map.entry("how", true));
        assertThat(a.of("T-S", Verdict.NOT_APPLICABLE)).containsOnlyKeys("how", "why");
        assertThat(a.of("T-R", Verdict.NOT_APPLICABLE)).containsExactly(Map.entry("why", false));
        assertThat(a.of("T-Q", Verdict.INSUFFICIENT_DATA)).isEmpty();
    }

    @Test
    void withoutComments_keepsStringsAndLines() {
        assertThat(RuleArguments.withoutComments("a // b\n\"// c\" /* d\n e */ f"))
                .isEqualTo("a \n\"// c\" \n f");
    }
}
