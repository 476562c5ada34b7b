package io.dudao.reference;

import io.dudao.facts.Stage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The parameter values the reference evaluator uses: the same values as the QB2017 parameter file
 * ({@code rules/.../QB2017/parameters.yaml}, national layer), passed in as plain data so that the
 * reference shares no code with the engine's parameter loading. {@link #national()} holds the values of
 * the national layer; keep it in step with the file (the differential test fails when they drift).
 *
 * @param resourceThresholds  R1–R7 minimums per stage, index 0 = R1
 * @param cvThresholds        CV1–CV7 maximums per stage, index 0 = CV1
 * @param raMinMet            QB2017-RA.minMet: indicators of R1–R7 a school part must meet (6)
 * @param raFloorRatio        QB2017-RA.floorRatio: share of its threshold a missed indicator must reach (0.85)
 * @param teachingPointMinStudents QB2017.scope.teachingPointMinStudents: teaching points below this are out of scope (50)
 * @param relaxations         QB2017.relaxations: the 规程 relaxations of R3 and R5 (off)
 * @param r3RelaxationMinStudents QB2017-R3.relaxation.minStudents (50)
 * @param r3RelaxationMaxStudents QB2017-R3.relaxation.maxStudents (99)
 * @param weightPrimary       QB2017.split.weights PRIMARY (1)
 * @param weightJunior        QB2017.split.weights JUNIOR (1.1)
 * @param weightSenior        QB2017.split.weights SENIOR (1.32)
 * @param splitFields         QB2017.split.fields: the school assets a part gets its share of
 */
public record ReferenceParameters(
        List<StageValues> resourceThresholds,
        List<StageValues> cvThresholds,
        int raMinMet,
        BigDecimal raFloorRatio,
        int teachingPointMinStudents,
        boolean relaxations,
        int r3RelaxationMinStudents,
        int r3RelaxationMaxStudents,
        BigDecimal weightPrimary,
        BigDecimal weightJunior,
        BigDecimal weightSenior,
        Set<String> splitFields) {

    /** A value for the primary and one for the junior stage. */
    public record StageValues(BigDecimal primary, BigDecimal junior) {
        public StageValues {
            Objects.requireNonNull(primary, "primary");
            Objects.requireNonNull(junior, "junior");
        }

        /** The value of {@code stage} (PRIMARY or JUNIOR). */
        public BigDecimal of(Stage stage) {
            return stage == Stage.PRIMARY ? primary : junior;
        }

        static StageValues of(String primary, String junior) {
            return new StageValues(new BigDecimal(primary), new BigDecimal(junior));
        }
    }

    public ReferenceParameters {
        resourceThresholds = List.copyOf(resourceThresholds);
        cvThresholds = List.copyOf(cvThresholds);
        if (resourceThresholds.size() != 7 || cvThresholds.size() != 7) {
            throw new IllegalArgumentException("seven R thresholds and seven CV thresholds are needed");
        }
        Objects.requireNonNull(raFloorRatio, "raFloorRatio");
        Objects.requireNonNull(weightPrimary, "weightPrimary");
        Objects.requireNonNull(weightJunior, "weightJunior");
        Objects.requireNonNull(weightSenior, "weightSenior");
        splitFields = Set.copyOf(splitFields);
    }

    /** The national layer of QB2017's parameters.yaml. */
    public static ReferenceParameters national() {
        return new ReferenceParameters(
                List.of(StageValues.of("4.2", "5.3"),     // R1 teachers above the required qualification per 100
                        StageValues.of("1", "1"),         // R2 backbone teachers per 100
                        StageValues.of("0.9", "0.9"),     // R3 PE and arts teachers per 100
                        StageValues.of("4.5", "5.8"),     // R4 teaching area per student
                        StageValues.of("7.5", "10.2"),    // R5 sports area per student
                        StageValues.of("2000", "2500"),   // R6 equipment value per student
                        StageValues.of("2.3", "2.4")),    // R7 multimedia classrooms per 100
                List.of(StageValues.of("0.50", "0.45"), StageValues.of("0.50", "0.45"),
                        StageValues.of("0.50", "0.45"), StageValues.of("0.50", "0.45"),
                        StageValues.of("0.50", "0.45"), StageValues.of("0.50", "0.45"),
                        StageValues.of("0.50", "0.45")),
                6, new BigDecimal("0.85"), 50,
                false, 50, 99,
                BigDecimal.ONE, new BigDecimal("1.1"), new BigDecimal("1.32"),
                Set.of("areaTeachingAux", "areaIndoorSports", "areaSportsField", "equipmentValue",
                        "multimediaClassrooms", "areaOtherSportsOnCampus", "areaLeasedOffCampus"));
    }

    /** These parameters with the 规程 relaxations switched on or off. */
    public ReferenceParameters withRelaxations(boolean on) {
        return new ReferenceParameters(resourceThresholds, cvThresholds, raMinMet, raFloorRatio,
                teachingPointMinStudents, on, r3RelaxationMinStudents, r3RelaxationMaxStudents, weightPrimary,
                weightJunior, weightSenior, splitFields);
    }

    /** The split weight of {@code stage}. */
    public BigDecimal weight(Stage stage) {
        return switch (stage) {
            case PRIMARY -> weightPrimary;
            case JUNIOR -> weightJunior;
            case SENIOR -> weightSenior;
        };
    }
}
