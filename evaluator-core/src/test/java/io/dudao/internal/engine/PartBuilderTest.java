package io.dudao.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.dudao.facts.District;
import io.dudao.facts.Enrolment;
import io.dudao.facts.Location;
import io.dudao.facts.Ownership;
import io.dudao.facts.School;
import io.dudao.facts.SchoolType;
import io.dudao.facts.Stage;
import io.dudao.facts.StageTeachers;
import io.dudao.facts.Teachers;
import io.dudao.rulemodel.SchoolPart;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartBuilderTest {

    private static final PartBuilder QB2017 = new PartBuilder(
            Map.of(Stage.PRIMARY, BigDecimal.ONE, Stage.JUNIOR, new BigDecimal("1.1"), Stage.SENIOR, new BigDecimal("1.32")),
            Set.of("areaTeachingAux", "areaIndoorSports", "areaSportsField", "equipmentValue", "multimediaClassrooms"));

    private static School school(SchoolType type, Integer primary, Integer junior, Integer senior) {
        StageTeachers t = new StageTeachers(40, 30, 5, 3, 2, 2, 0, 0);
        return new School("S1", "学校", type, Ownership.PUBLIC, Location.URBAN, false, false,
                new Enrolment(primary, junior, senior), new Teachers(t, new StageTeachers(20, 15, 2, 1, 1, 1, 0, 0)),
                new BigDecimal("10000"), new BigDecimal("1000"), new BigDecimal("8000"), new BigDecimal("3000000"),
                new BigDecimal("30"), null, null, null, Map.of());
    }

    private static List<SchoolPart> parts(School s) {
        return QB2017.parts(new District("1", "县", null, null, "2024-2025", List.of(s), Map.of()));
    }

    @Test
    void nineYear_splitsAssetsByWeightedEnrolment() {
        List<SchoolPart> p = parts(school(SchoolType.NINE_YEAR, 600, 400, null));
        assertThat(p).extracting(SchoolPart::stage).containsExactly(Stage.PRIMARY, Stage.JUNIOR);
        // primary share = 600 / (600 + 1.1 × 400) = 600/1040
        assertThat(p.get(0).share().value().doubleValue()).isCloseTo(600.0 / 1040, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(p.get(1).field("areaTeachingAux").value().doubleValue())
                .isCloseTo(10000 * 440.0 / 1040, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void completeMiddle_juniorShareIsBOver_B_plus_1_2C() {
        List<SchoolPart> p = parts(school(SchoolType.COMPLETE_MIDDLE, null, 900, 600));
        assertThat(p).extracting(SchoolPart::stage).containsExactly(Stage.JUNIOR);
        // 1.1B / (1.1B + 1.32C) = B / (B + 1.2C)
        assertThat(p.get(0).share().value().doubleValue()).isCloseTo(900.0 / (900 + 1.2 * 600),
                org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void twelveYear_sharesOverAllThreeStages() {
        List<SchoolPart> p = parts(school(SchoolType.TWELVE_YEAR, 500, 300, 200));
        double total = 500 + 1.1 * 300 + 1.32 * 200;
        assertThat(p.get(0).share().value().doubleValue()).isCloseTo(500 / total, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(p.get(1).share().value().doubleValue()).isCloseTo(330 / total, org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void nineYearCampusWithOneStage_isAPlainSchoolOfThatStage() {
        List<SchoolPart> p = parts(school(SchoolType.NINE_YEAR, 300, 0, null));
        assertThat(p).extracting(SchoolPart::stage).containsExactly(Stage.PRIMARY);
        assertThat(p.get(0).share().value()).isEqualByComparingTo("1");
        assertThat(p.get(0).field("equipmentValue").value()).isEqualByComparingTo("3000000");
    }

    @Test
    void teachers_areNotSplit() {
        List<SchoolPart> p = parts(school(SchoolType.NINE_YEAR, 600, 400, null));
        assertThat(p.get(1).field("teachers.aboveRequiredQualification").value()).isEqualByComparingTo("15");
        assertThat(p.get(0).field("teachers.aboveRequiredQualification").value()).isEqualByComparingTo("30");
    }

    @Test
    void unknownEnrolment_leavesTheShareUnknownNamingIt() {
        List<SchoolPart> p = parts(school(SchoolType.NINE_YEAR, 600, null, null));
        assertThat(p).hasSize(2);
        assertThat(p.get(0).field("areaTeachingAux").missing()).containsExactly("enrolment.junior");
    }

    @Test
    void fieldsOutsideTheSplitList_areTakenWhole() {
        PartBuilder none = new PartBuilder(Map.of(Stage.PRIMARY, BigDecimal.ONE, Stage.JUNIOR, BigDecimal.ONE), Set.of());
        List<SchoolPart> p = none.parts(new District("1", "县", null, null, "2024", List.of(
                school(SchoolType.NINE_YEAR, 600, 400, null)), Map.of()));
        assertThat(p.get(0).field("areaTeachingAux").value()).isEqualByComparingTo("10000");
    }

    @Test
    void missingValue_namesItsPathWithTheStage() {
        School s = school(SchoolType.PRIMARY, 300, null, null);
        School noPe = new School(s.id(), s.name(), s.type(), s.ownership(), s.location(), false, false, s.enrolment(),
                new Teachers(new StageTeachers(20, 15, 2, null, 1, 1, 0, 0), null), s.areaTeachingAux(),
                s.areaIndoorSports(), s.areaSportsField(), s.equipmentValue(), s.multimediaClassrooms(), null, null, null,
                Map.of());
        assertThat(parts(noPe).get(0).field("teachers.pe").missing()).containsExactly("teachers.primary.pe");
    }
}
