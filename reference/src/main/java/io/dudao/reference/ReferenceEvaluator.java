package io.dudao.reference;

import io.dudao.api.Verdict;
import io.dudao.facts.District;
import io.dudao.facts.Enrolment;
import io.dudao.facts.Location;
import io.dudao.facts.School;
import io.dudao.facts.SchoolType;
import io.dudao.facts.Stage;
import io.dudao.facts.StageTeachers;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * QB2017 resource allocation (STANDARDS §3.1–3.2) in plain Java, without Drools: R1–R7 and RA per school
 * part, CV1–CV7 per stage, RD for the district. It is the speed baseline of the benchmarks and the oracle of
 * the differential test, so it shares no computing code with the engine: only the fact records
 * ({@code io.dudao.facts}) and {@link Verdict} come from the core. What it does follow is the engine's
 * contract, written out here:
 *
 * <ul>
 *   <li><b>Parts.</b> One part per compulsory stage of the school type (a school without a type has none).
 *       A stage with 0 students is no part when another stage of the school, senior included, has students
 *       or an unknown enrolment (a nine-year campus of one stage; a complete middle school with senior
 *       students only). A part's share of each split asset is w(s)·N(s) / Σₜ w(t)·N(t) over all stages
 *       of the type, senior included; unknown when an enrolment is, or when Σ is 0.</li>
 *   <li><b>Scope.</b> Special-education and vocational schools, and teaching points whose (known) enrolment
 *       is below the cut: NOT_APPLICABLE for R1–R7 and RA, left out of every CV.</li>
 *   <li><b>R1–R7.</b> The measure of §3.1, computed as an exact fraction and divided once to 16 significant
 *       digits ({@link MathContext#DECIMAL64}); an unknown input or a zero enrolment gives
 *       INSUFFICIENT_DATA; otherwise PASS when value ≥ threshold, else FAIL.</li>
 *   <li><b>RA.</b> PASS when no indicator is unknown, at least {@code minMet} pass and no failed one is
 *       below floorRatio × threshold; FAIL when fewer than minMet could pass even if every unknown did,
 *       or a failed one is below the floor; otherwise INSUFFICIENT_DATA.</li>
 *   <li><b>CV.</b> Over the in-scope parts of the stage, in natural subject order: no part gives
 *       NOT_APPLICABLE; a part without its value, zero total enrolment or a zero mean INSUFFICIENT_DATA;
 *       otherwise P = ΣPᵢ, X̄ = Σ PᵢXᵢ / P, S = √(Σ Pᵢ(Xᵢ−X̄)² / P), CV = S / X̄, each product, sum,
 *       quotient and the root rounded to DECIMAL64 in that order; PASS when CV ≤ the stage limit.</li>
 *   <li><b>RD.</b> Over every part's RA (out-of-scope ones included, as NOT_APPLICABLE) and the 14 CVs:
 *       FAIL when any fails, else INSUFFICIENT_DATA when any is undecided, else PASS when any passes,
 *       else NOT_APPLICABLE.</li>
 * </ul>
 *
 * <p>Results come in the engine's report order: indicator in catalog order (R1–R7, RA, CV1–CV7, RD), then
 * subject in natural order. Immutable and thread-safe.
 */
public final class ReferenceEvaluator {

    /** R1–R7, RA, CV1–CV7, RD: the indicators evaluated, in catalog order. */
    public static final List<String> INDICATORS = List.of(
            "QB2017-R1", "QB2017-R2", "QB2017-R3", "QB2017-R4", "QB2017-R5", "QB2017-R6", "QB2017-R7",
            "QB2017-RA",
            "QB2017-CV1", "QB2017-CV2", "QB2017-CV3", "QB2017-CV4", "QB2017-CV5", "QB2017-CV6", "QB2017-CV7",
            "QB2017-RD");

    private static final String[] R = {"QB2017-R1", "QB2017-R2", "QB2017-R3", "QB2017-R4", "QB2017-R5",
            "QB2017-R6", "QB2017-R7"};
    private static final String[] CV = {"QB2017-CV1", "QB2017-CV2", "QB2017-CV3", "QB2017-CV4", "QB2017-CV5",
            "QB2017-CV6", "QB2017-CV7"};
    private static final String RA = "QB2017-RA";
    private static final String RD = "QB2017-RD";
    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Stage[] COMPULSORY = {Stage.PRIMARY, Stage.JUNIOR};

    private static final byte PASS = 0;
    private static final byte FAIL = 1;
    private static final byte NA = 2;
    private static final byte INSUFFICIENT = 3;
    private static final Verdict[] VERDICTS = {Verdict.PASS, Verdict.FAIL, Verdict.NOT_APPLICABLE,
            Verdict.INSUFFICIENT_DATA};

    private final ReferenceParameters params;
    /** [indicator][0 primary, 1 junior] */
    private final BigDecimal[][] threshold = new BigDecimal[7][2];
    private final BigDecimal[][] floor = new BigDecimal[7][2];
    private final BigDecimal[][] cvLimit = new BigDecimal[7][2];
    private final boolean splitTeaching;
    private final boolean splitIndoor;
    private final boolean splitField;
    private final boolean splitEquipment;
    private final boolean splitRooms;
    private final boolean splitOther;
    private final boolean splitLeased;

    public ReferenceEvaluator(ReferenceParameters params) {
        this.params = Objects.requireNonNull(params, "params");
        for (int k = 0; k < 7; k++) {
            for (int s = 0; s < 2; s++) {
                threshold[k][s] = params.resourceThresholds().get(k).of(COMPULSORY[s]);
                floor[k][s] = threshold[k][s].multiply(params.raFloorRatio(), MC);
                cvLimit[k][s] = params.cvThresholds().get(k).of(COMPULSORY[s]);
            }
        }
        Set<String> split = params.splitFields();
        splitTeaching = split.contains("areaTeachingAux");
        splitIndoor = split.contains("areaIndoorSports");
        splitField = split.contains("areaSportsField");
        splitEquipment = split.contains("equipmentValue");
        splitRooms = split.contains("multimediaClassrooms");
        splitOther = split.contains("areaOtherSportsOnCampus");
        splitLeased = split.contains("areaLeasedOffCampus");
    }

    /** With {@link ReferenceParameters#national()}. */
    public static ReferenceEvaluator national() {
        return new ReferenceEvaluator(ReferenceParameters.national());
    }

    public ReferenceParameters parameters() {
        return params;
    }

    /** One stage of one school. */
    private static final class Part {
        final String subject;
        final int stage;          // 0 primary, 1 junior
        final boolean excluded;
        final Integer students;
        final BigDecimal[] value = new BigDecimal[7];
        final byte[] verdict = new byte[7];
        byte ra;

        Part(String subject, int stage, boolean excluded, Integer students) {
            this.subject = subject;
            this.stage = stage;
            this.excluded = excluded;
            this.students = students;
        }
    }

    /** Evaluates one district: every (indicator, subject) result, in report order. */
    public List<ReferenceResult> evaluate(District district) {
        List<Part> parts = new ArrayList<>(district.schools().size() + 16);
        for (School school : district.schools()) {
            addParts(school, parts);
        }
        parts.sort((a, b) -> NaturalOrder.compare(a.subject, b.subject));

        for (Part p : parts) {
            if (!p.excluded) {
                judgeResources(p);
            }
        }
        List<ReferenceResult> out = new ArrayList<>(parts.size() * 8 + 15);
        for (int k = 0; k < 7; k++) {
            for (Part p : parts) {
                out.add(p.excluded ? new ReferenceResult(R[k], p.subject, Verdict.NOT_APPLICABLE, null)
                        : new ReferenceResult(R[k], p.subject, VERDICTS[p.verdict[k]], exact(p.value[k])));
            }
        }
        int[] rd = new int[4];
        for (Part p : parts) {
            byte v = p.excluded ? NA : p.ra;
            rd[v]++;
            out.add(new ReferenceResult(RA, p.subject, VERDICTS[v], null));
        }

        // CV: the in-scope parts of each stage, already in natural subject order
        Part[][] byStage = new Part[2][];
        int[] count = new int[2];
        for (Part p : parts) {
            if (!p.excluded) {
                count[p.stage]++;
            }
        }
        byStage[0] = new Part[count[0]];
        byStage[1] = new Part[count[1]];
        count[0] = 0;
        count[1] = 0;
        for (Part p : parts) {
            if (!p.excluded) {
                byStage[p.stage][count[p.stage]++] = p;
            }
        }
        String code = district.code();
        String[] stageSubject = {"district:" + code + "/PRIMARY", "district:" + code + "/JUNIOR"};
        BigDecimal[] cv = new BigDecimal[1];
        for (int k = 0; k < 7; k++) {
            for (int s = 0; s < 2; s++) {
                byte v = cv(byStage[s], k, s, cv);
                rd[v]++;
                out.add(new ReferenceResult(CV[k], stageSubject[s], VERDICTS[v], v == PASS || v == FAIL ? exact(cv[0]) : null));
            }
        }
        byte d = rd[FAIL] > 0 ? FAIL : rd[INSUFFICIENT] > 0 ? INSUFFICIENT : rd[PASS] > 0 ? PASS : NA;
        out.add(new ReferenceResult(RD, "district:" + code, VERDICTS[d], null));
        return out;
    }

    // ---- parts and the stage split ---------------------------------------------------------------

    private void addParts(School school, List<Part> parts) {
        SchoolType type = school.type();
        if (type == null) {
            return;
        }
        Set<Stage> stages = type.stages();
        Enrolment e = school.enrolment();
        Integer total = 0;
        for (Stage st : stages) {
            Integer n = e.of(st);
            total = total == null || n == null ? null : total + n;
        }
        boolean excluded = school.isSpecial() || school.isVocational()
                || type == SchoolType.TEACHING_POINT && total != null && total < params.teachingPointMinStudents();

        // Σ w(t)·N(t) over all stages of the type (null when an enrolment is unknown)
        BigDecimal weightedTotal = null;
        if (stages.size() > 1) {
            weightedTotal = BigDecimal.ZERO;
            for (Stage st : Stage.values()) {
                if (stages.contains(st)) {
                    Integer n = e.of(st);
                    if (n == null) {
                        weightedTotal = null;
                        break;
                    }
                    weightedTotal = weightedTotal.add(BigDecimal.valueOf(n).multiply(params.weight(st)));
                }
            }
        }
        for (int s = 0; s < 2; s++) {
            Stage stage = COMPULSORY[s];
            if (!stages.contains(stage)) {
                continue;
            }
            Integer n = e.of(stage);
            if (n != null && n == 0 && otherStageMayHaveStudents(stages, e, stage)) {
                continue;
            }
            Part part = new Part("school:" + school.id() + "/" + stage.name(), s, excluded, n);
            if (!excluded) {
                measure(part, school, stage, n, total, stages.size() == 1, weightedTotal);
            }
            parts.add(part);
        }
    }

    /** Whether a stage of the school other than {@code stage} has students, or may have (unknown). */
    private static boolean otherStageMayHaveStudents(Set<Stage> stages, Enrolment e, Stage stage) {
        for (Stage st : stages) {
            if (st != stage) {
                Integer n = e.of(st);
                if (n == null || n > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Computes R1–R7 of a part. A split asset X of a part is the fraction X·own / Σ (own = w(s)·N(s));
     * a single-stage school's share is 1/1. Unknown values stay {@code null}.
     */
    private void measure(Part p, School school, Stage stage, Integer n, Integer total, boolean single,
                         BigDecimal weightedTotal) {
        // the part's share as a fraction shareNum / shareDen, or unknown (shareNum == null)
        BigDecimal shareNum;
        BigDecimal shareDen;
        if (single) {
            shareNum = BigDecimal.ONE;
            shareDen = BigDecimal.ONE;
        } else if (weightedTotal == null || weightedTotal.signum() == 0 || n == null) {
            shareNum = null;
            shareDen = null;
        } else {
            shareNum = BigDecimal.valueOf(n).multiply(params.weight(stage));
            shareDen = weightedTotal;
        }
        BigDecimal students = n == null || n == 0 ? null : BigDecimal.valueOf(n);
        StageTeachers t = school.teachers().of(stage);

        // R1, R2: 100 × count ÷ students
        p.value[0] = students == null || t == null ? null : per100(t.aboveRequiredQualification(), students);
        p.value[1] = students == null || t == null ? null : per100(t.backboneCountyPlus(), students);
        // R3: 100 × (PE + music + fine art + arts [+ visiting, relaxed]) ÷ students
        if (students != null && t != null && t.pe() != null && t.music() != null && t.fineArt() != null
                && t.arts() != null) {
            long sum = (long) t.pe() + t.music() + t.fineArt() + t.arts();
            boolean relaxed = params.relaxations()
                    && (school.location() == Location.RURAL || school.type() == SchoolType.TEACHING_POINT)
                    && total != null && total >= params.r3RelaxationMinStudents()
                    && total <= params.r3RelaxationMaxStudents();
            if (relaxed) {
                p.value[2] = t.visitingPeArts() == null ? null
                        : per100(BigDecimal.valueOf(sum + t.visitingPeArts()), students);
            } else {
                p.value[2] = per100(BigDecimal.valueOf(sum), students);
            }
        }
        if (students != null) {
            // R4: (teaching area − indoor sports area) ÷ students
            BigDecimal[] a = split(school.areaTeachingAux(), splitTeaching, shareNum, shareDen);
            BigDecimal[] b = split(school.areaIndoorSports(), splitIndoor, shareNum, shareDen);
            if (a != null && b != null) {
                p.value[3] = value(a[0].multiply(b[1]).subtract(b[0].multiply(a[1])), a[1].multiply(b[1]).multiply(students));
            }
            // R5: (indoor sports area + sports field [+ converted + leased, relaxed]) ÷ students
            BigDecimal[] f = split(school.areaSportsField(), splitField, shareNum, shareDen);
            if (b != null && f != null) {
                BigDecimal num = b[0].multiply(f[1]).add(f[0].multiply(b[1]));
                BigDecimal den = b[1].multiply(f[1]);
                boolean ok = true;
                if (params.relaxations() && Boolean.TRUE.equals(school.denseCityCentre())) {
                    BigDecimal[] o = split(school.areaOtherSportsOnCampus(), splitOther, shareNum, shareDen);
                    BigDecimal[] l = split(school.areaLeasedOffCampus(), splitLeased, shareNum, shareDen);
                    if (o == null || l == null) {
                        ok = false;
                    } else {
                        num = num.multiply(o[1]).add(o[0].multiply(den));
                        den = den.multiply(o[1]);
                        num = num.multiply(l[1]).add(l[0].multiply(den));
                        den = den.multiply(l[1]);
                    }
                }
                p.value[4] = ok ? value(num, den.multiply(students)) : null;
            }
            // R6: equipment value ÷ students
            BigDecimal[] q = split(school.equipmentValue(), splitEquipment, shareNum, shareDen);
            p.value[5] = q == null ? null : value(q[0], q[1].multiply(students));
            // R7: 100 × rooms ÷ students
            BigDecimal[] m = split(school.multimediaClassrooms(), splitRooms, shareNum, shareDen);
            p.value[6] = m == null ? null : value(m[0].multiply(HUNDRED), m[1].multiply(students));
        }
    }

    /** The part's fraction {numerator, denominator} of a raw asset, or {@code null} when unknown. */
    private static BigDecimal[] split(BigDecimal raw, boolean isSplit, BigDecimal shareNum, BigDecimal shareDen) {
        if (raw == null) {
            return null;
        }
        if (!isSplit) {
            return new BigDecimal[] {raw, BigDecimal.ONE};
        }
        return shareNum == null ? null : new BigDecimal[] {raw.multiply(shareNum), shareDen};
    }

    private static BigDecimal per100(Integer count, BigDecimal students) {
        return count == null ? null : per100(BigDecimal.valueOf(count), students);
    }

    private static BigDecimal per100(BigDecimal count, BigDecimal students) {
        return value(count.multiply(HUNDRED), students);
    }

    /** num ÷ den, divided once to 16 significant digits (exact when den is 1). */
    private static BigDecimal value(BigDecimal num, BigDecimal den) {
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        return den.compareTo(BigDecimal.ONE) == 0 ? num : num.divide(den, MC);
    }

    // ---- judging ----------------------------------------------------------------------------------

    private void judgeResources(Part p) {
        int pass = 0;
        int fail = 0;
        int unknown = 0;
        int below = 0;
        for (int k = 0; k < 7; k++) {
            BigDecimal v = p.value[k];
            if (v == null) {
                p.verdict[k] = INSUFFICIENT;
                unknown++;
            } else if (v.compareTo(threshold[k][p.stage]) >= 0) {
                p.verdict[k] = PASS;
                pass++;
            } else {
                p.verdict[k] = FAIL;
                fail++;
                if (v.compareTo(floor[k][p.stage]) < 0) {
                    below++;
                }
            }
        }
        int min = params.raMinMet();
        if (pass + unknown < min || below > 0) {
            p.ra = FAIL;
        } else if (unknown > 0) {
            p.ra = INSUFFICIENT;
        } else {
            p.ra = PASS;
        }
    }

    /** The verdict of CV {@code k} over {@code parts} of stage {@code s}; the CV goes to {@code out[0]}. */
    private byte cv(Part[] parts, int k, int s, BigDecimal[] out) {
        out[0] = null;
        if (parts.length == 0) {
            return NA;
        }
        for (Part p : parts) {
            if (p.value[k] == null || p.students == null) {
                return INSUFFICIENT;
            }
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;
        for (Part p : parts) {
            BigDecimal w = BigDecimal.valueOf(p.students);
            total = total.add(w);
            weighted = weighted.add(w.multiply(p.value[k], MC), MC);
        }
        if (total.signum() == 0) {
            return INSUFFICIENT;
        }
        BigDecimal mean = weighted.divide(total, MC);
        if (mean.signum() == 0) {
            return INSUFFICIENT;
        }
        BigDecimal squares = BigDecimal.ZERO;
        for (Part p : parts) {
            BigDecimal d = p.value[k].subtract(mean, MC);
            squares = squares.add(BigDecimal.valueOf(p.students).multiply(d.multiply(d, MC), MC), MC);
        }
        BigDecimal cv = squares.divide(total, MC).sqrt(MC).divide(mean, MC);
        out[0] = cv;
        return cv.compareTo(cvLimit[k][s]) <= 0 ? PASS : FAIL;
    }

    /** The value with trailing zeros stripped (never a negative scale), as the engine reports exact values. */
    static BigDecimal exact(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
