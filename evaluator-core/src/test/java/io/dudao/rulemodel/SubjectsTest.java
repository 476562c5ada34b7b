package io.dudao.rulemodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubjectsTest {

    @Test
    void natural_ordersNumbersByValue() {
        List<String> s = new ArrayList<>(List.of("school:S10/PRIMARY", "school:S2/PRIMARY", "district:1",
                "school:S2/JUNIOR", "school:S02/JUNIOR"));
        s.sort(Subjects.NATURAL);
        assertThat(s).containsExactly("district:1", "school:S02/JUNIOR", "school:S2/JUNIOR", "school:S2/PRIMARY",
                "school:S10/PRIMARY");
    }
}
