package io.dudao.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.dudao.api.RuleProblem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageFileTest {

    @Test
    void parse_keepsTheLineOfEveryEntry_withContinuationsEscapesAndComments() {
        List<RuleProblem> problems = new ArrayList<>();
        MessageFile f = MessageFile.parse("X/messages_en.properties", """
                # comment \\
                a=first
                ! another comment
                b = two \\
                    lines
                c=\\u0020and\\u0020
                d:colon
                """, problems);
        assertThat(problems).isEmpty();
        assertThat(f.list()).extracting(MessageFile.Entry::key).containsExactly("a", "b", "c", "d");
        assertThat(f.entries().get("a").line()).isEqualTo(2);
        assertThat(f.entries().get("b").value()).isEqualTo("two lines");
        assertThat(f.entries().get("b").line()).isEqualTo(4);
        assertThat(f.entries().get("b").locate("lines")).containsExactly(5, 5);
        assertThat(f.entries().get("c").value()).isEqualTo(" and ");
        assertThat(f.entries().get("d").value()).isEqualTo("colon");
        assertThat(f.lineNear("c")).isEqualTo(6);
        assertThat(f.lineNear("zzz")).isEqualTo(8);
    }

    @Test
    void parse_reportsAKeyGivenTwice_keepingTheFirst() {
        List<RuleProblem> problems = new ArrayList<>();
        MessageFile f = MessageFile.parse("f.properties", "k=1\nk=2\n", problems);
        assertThat(problems).containsExactly(new RuleProblem("f.properties", 2, 1, "key k appears twice (first on line 1)"));
        assertThat(f.entries().get("k").value()).isEqualTo("1");
    }

    @Test
    void parse_readsChineseAsWritten() {
        MessageFile f = MessageFile.parse("f.properties", "common.stage.PRIMARY=小学\r\nx=(\\u5c0f)\r\n", new ArrayList<>());
        assertThat(f.entries().get("common.stage.PRIMARY").value()).isEqualTo("小学");
        assertThat(f.entries().get("x").value()).isEqualTo("(小)");
        assertThat(f.entries().get("x").line()).isEqualTo(2);
    }
}
