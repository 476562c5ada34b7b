package io.dudao.reference;

import io.dudao.facts.District;
import io.dudao.facts.Enrolment;
import io.dudao.facts.Location;
import io.dudao.facts.Ownership;
import io.dudao.facts.School;
import io.dudao.facts.SchoolType;
import io.dudao.facts.Stage;
import io.dudao.facts.StageTeachers;
import io.dudao.facts.Teachers;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A synthetic nation of county-level districts for benchmarks and the differential test, deterministic
 * from a seed: county {@code i} depends only on the seed and {@code i}, so counties can be generated in
 * any order, in parallel, or one at a time while memory stays flat.
 *
 * <p>What a county looks like:
 * <ul>
 *   <li><b>Size.</b> Schools per county log-normal around 60 (most between 20 and 120), clamped to
 *       5–400; about 74 on average, so 2,850 counties have about 210,000 schools.</li>
 *   <li><b>Kind.</b> Urban districts (mostly 城区), ordinary counties and remote rural counties, which fix
 *       the urban/town/rural mix of the schools. At fixed strides: pastoral counties of primary schools
 *       and teaching points only (no junior stage: the junior CVs are NOT_APPLICABLE), and counties with
 *       nothing in scope (small teaching points and special schools: everything NOT_APPLICABLE).</li>
 *   <li><b>Schools.</b> Primary schools, teaching points (about half under 50 students), junior, nine-year,
 *       twelve-year and complete middle schools by location; private schools (more in cities); special
 *       and vocational schools at a small rate; a few nine-year campuses with one stage only, and a few
 *       schools with no students at all.</li>
 *   <li><b>Figures.</b> Each indicator is drawn as a ratio to its threshold: a county level, a school
 *       quality shared by its indicators, and noise whose spread differs between counties, so that R1–R7
 *       pass and fail, RA fails on the 85% floor or on two misses, and the CVs fall on both sides of
 *       0.50 / 0.45. Some values land exactly on a threshold or on its 85% floor.</li>
 *   <li><b>Missing data.</b> With probability {@link #missingRate()} a school loses one to three inputs:
 *       a stage's enrolment, a whole teacher block, single teacher counts, an area, the equipment value,
 *       the multimedia classrooms, the senior enrolment of a split, its type.</li>
 * </ul>
 * Teacher sub-counts stay within the full-time count and the indoor sports area within the teaching area,
 * so every county passes {@code FactsReader}'s checks when written with {@link FactsWriter}.
 */
public final class NationalGenerator implements Iterable<District> {

    /** Counties in China at county level (县级行政区), about. */
    public static final int NATION = 2_850;
    /** The default share of schools with some missing input. */
    public static final double DEFAULT_MISSING_RATE = 0.01;

    private static final String[] PROVINCES = {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33",
            "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
            "63", "64", "65"};
    /** Every PASTORAL_STRIDE-th county (from offset 5) has no junior stage. */
    private static final int PASTORAL_STRIDE = 97;
    /** Every EMPTY_STRIDE-th county (from offset 7) has no school in scope. */
    private static final int EMPTY_STRIDE = 331;
    private static final BigDecimal W_JUNIOR = new BigDecimal("1.1");
    // R thresholds (national) used to place the figures around them
    private static final double[] TH_P = {4.2, 1, 0.9, 4.5, 7.5, 2000, 2.3};
    private static final double[] TH_J = {5.3, 1, 0.9, 5.8, 10.2, 2500, 2.4};

    private final long seed;
    private final int counties;
    private final double missingRate;

    /** {@value #NATION} counties with the default missing rate. */
    public NationalGenerator(long seed) {
        this(seed, NATION, DEFAULT_MISSING_RATE);
    }

    public NationalGenerator(long seed, int counties, double missingRate) {
        if (counties < 0) {
            throw new IllegalArgumentException("counties must be ≥ 0: " + counties);
        }
        if (!(missingRate >= 0 && missingRate <= 1)) {
            throw new IllegalArgumentException("missingRate must be in [0, 1]: " + missingRate);
        }
        this.seed = seed;
        this.counties = counties;
        this.missingRate = missingRate;
    }

    public NationalGenerator counties(int n) {
        return new NationalGenerator(seed, n, missingRate);
    }

    public NationalGenerator missingRate(double rate) {
        return new NationalGenerator(seed, counties, rate);
    }

    public long seed() {
        return seed;
    }

    public int counties() {
        return counties;
    }

    public double missingRate() {
        return missingRate;
    }

    /** The counties in order, generated lazily: memory stays flat however many are consumed. */
    public Stream<District> stream() {
        return IntStream.range(0, counties).mapToObj(this::county);
    }

    @Override
    public Iterator<District> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < counties;
            }

            @Override
            public District next() {
                if (next >= counties) {
                    throw new NoSuchElementException();
                }
                return county(next++);
            }
        };
    }

    /** Writes every county as a facts file {@code <code>.json} into {@code directory}; returns the files. */
    public List<Path> writeJson(Path directory) throws IOException {
        List<Path> files = new ArrayList<>(counties);
        for (int i = 0; i < counties; i++) {
            files.add(FactsWriter.writeFile(county(i), directory));
        }
        return files;
    }

    // ---- one county --------------------------------------------------------------------------------

    private enum Kind { URBAN_DISTRICT, COUNTY, REMOTE, PASTORAL, NOTHING_IN_SCOPE }

    /** County {@code index} (0-based), the same for the same seed and index. */
    public District county(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must be ≥ 0: " + index);
        }
        SplittableRandom rnd = new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + index));
        String province = PROVINCES[index % PROVINCES.length];
        int city = (index / PROVINCES.length) % 20 + 1;
        int county = index / (PROVINCES.length * 20) + 1;
        String code = province + two(city) + (county < 100 ? two(county) : Integer.toString(county));
        String name = "样本" + (index + 1) + "县";

        Kind kind;
        if (index % EMPTY_STRIDE == 7) {
            kind = Kind.NOTHING_IN_SCOPE;
        } else if (index % PASTORAL_STRIDE == 5) {
            kind = Kind.PASTORAL;
        } else {
            double k = rnd.nextDouble();
            kind = k < 0.2 ? Kind.URBAN_DISTRICT : k < 0.72 ? Kind.COUNTY : Kind.REMOTE;
        }
        int n = switch (kind) {
            case PASTORAL -> 5 + rnd.nextInt(12);
            case NOTHING_IN_SCOPE -> 5 + rnd.nextInt(4);
            default -> (int) Math.max(5, Math.min(400, Math.round(60 * Math.exp(0.65 * gaussian(rnd)))));
        };
        // level: the county's log ratio to the thresholds; spread: how much its schools differ. About one
        // county in ten is ready for certification (high level, small spread).
        boolean ready = rnd.nextDouble() < 0.1;
        CountyProfile profile = new CountyProfile(
                ready ? 0.5 + 0.1 * gaussian(rnd) : 0.15 + 0.2 * gaussian(rnd),
                ready ? 0.06 + 0.08 * rnd.nextDouble() : 0.08 + 0.42 * rnd.nextDouble(),
                offsets(rnd),
                rnd.nextInt(3) == 0);                  // numeric 学校标识码-style ids
        List<School> schools = new ArrayList<>(n);
        int[] seq = new int[1];
        for (int s = 0; s < n; s++) {
            schools.add(school(rnd, kind, profile, code, s, seq));
        }
        return new District(code, name, province, province + two(city), "2024-2025", schools, Map.of());
    }

    private record CountyProfile(double level, double spread, double[] offsets, boolean numericIds) {
    }

    private static double[] offsets(SplittableRandom rnd) {
        double[] o = new double[7];
        for (int k = 0; k < 7; k++) {
            o[k] = 0.1 * gaussian(rnd);
        }
        return o;
    }

    private School school(SplittableRandom rnd, Kind kind, CountyProfile c, String code, int index, int[] seq) {
        Location location = location(rnd, kind);
        boolean special = false;
        boolean vocational = false;
        SchoolType type;
        if (kind == Kind.NOTHING_IN_SCOPE) {
            special = rnd.nextInt(4) == 0;
            type = special ? SchoolType.PRIMARY : SchoolType.TEACHING_POINT;
        } else if (kind == Kind.PASTORAL) {
            type = rnd.nextInt(3) == 0 ? SchoolType.TEACHING_POINT : SchoolType.PRIMARY;
        } else {
            double u = rnd.nextDouble();
            if (u < 0.012) {
                special = true;
                type = rnd.nextBoolean() ? SchoolType.PRIMARY : SchoolType.NINE_YEAR;
            } else if (u < 0.018) {
                vocational = true;
                type = rnd.nextBoolean() ? SchoolType.JUNIOR : SchoolType.COMPLETE_MIDDLE;
            } else {
                type = type(rnd, location);
            }
        }
        Ownership ownership = rnd.nextDouble() < (location == Location.URBAN ? 0.12
                : location == Location.TOWN ? 0.07 : 0.03) ? Ownership.PRIVATE : Ownership.PUBLIC;

        // enrolment per stage
        Integer a = null;
        Integer b = null;
        Integer cSenior = null;
        double scale = location == Location.URBAN ? 1.0 : location == Location.TOWN ? 0.6 : 0.3;
        switch (type) {
            case PRIMARY -> a = special ? 30 + rnd.nextInt(250) : students(rnd, 1400 * scale, 0.5, 40, 3500);
            case TEACHING_POINT -> a = kind == Kind.NOTHING_IN_SCOPE ? 3 + rnd.nextInt(47)
                    : rnd.nextDouble() < 0.55 ? 3 + rnd.nextInt(47) : 50 + rnd.nextInt(110);
            case JUNIOR -> b = students(rnd, 1300 * scale, 0.45, 60, 3000);
            case NINE_YEAR -> {
                a = special ? 20 + rnd.nextInt(150) : students(rnd, 900 * scale, 0.5, 30, 2200);
                b = special ? 10 + rnd.nextInt(80) : students(rnd, 500 * scale, 0.5, 20, 1500);
                if (!special && rnd.nextDouble() < 0.04) {      // a campus of one stage only
                    if (rnd.nextBoolean()) {
                        a = 0;
                    } else {
                        b = 0;
                    }
                }
            }
            case TWELVE_YEAR -> {
                a = students(rnd, 900 * scale, 0.4, 100, 2000);
                b = students(rnd, 600 * scale, 0.4, 80, 1500);
                cSenior = students(rnd, 700 * scale, 0.4, 60, 1800);
            }
            case COMPLETE_MIDDLE -> {
                b = rnd.nextDouble() < 0.02 ? 0 : students(rnd, 900 * scale, 0.45, 60, 2400);
                cSenior = students(rnd, 1200 * scale, 0.45, 100, 3000);
            }
            default -> throw new IllegalStateException(type.toString());
        }
        if (rnd.nextDouble() < 0.003) {                         // a school without students this year
            a = a == null ? null : 0;
            b = b == null ? null : 0;
            cSenior = cSenior == null ? null : 0;
        }

        // the school's quality and the ratio of each indicator to its threshold
        double quality = 0.8 * c.spread() * gaussian(rnd);
        double[] ratio = new double[7];
        for (int k = 0; k < 7; k++) {
            ratio[k] = Math.exp(c.level() + c.offsets()[k] + quality + 0.5 * c.spread() * gaussian(rnd));
        }
        if (location == Location.URBAN) {
            ratio[4] *= 0.85;                                   // city schools are short of sports ground
        }

        // teachers per compulsory stage (counts are not split)
        StageTeachers tp = type.stages().contains(Stage.PRIMARY) ? teachers(rnd, a, ratio, TH_P, 5.2, location) : null;
        StageTeachers tj = type.stages().contains(Stage.JUNIOR) ? teachers(rnd, b, ratio, TH_J, 7.5, location) : null;

        // assets of the whole school: ratio × per-weighted-student unit × W, W = Σ w·N over all its stages
        double w = (a == null ? 0 : a) + 1.1 * (b == null ? 0 : b) + 1.32 * (cSenior == null ? 0 : cSenior);
        boolean hasPrimary = type.stages().contains(Stage.PRIMARY);
        double[] unit = new double[7];
        double bump = 1 + 0.25 * rnd.nextDouble();              // multi-stage schools build above the primary norm
        for (int k = 3; k < 7; k++) {
            unit[k] = hasPrimary ? TH_P[k] * (type.stages().size() > 1 ? bump : 1) : TH_J[k] / 1.1;
        }
        double indoorPer = location == Location.RURAL ? 0.2 * rnd.nextDouble() : 0.1 + 0.5 * rnd.nextDouble();
        BigDecimal indoor = area(rnd, indoorPer * w);
        BigDecimal teaching = area(rnd, ratio[3] * unit[3] * w).add(indoor);
        BigDecimal field = area(rnd, Math.max(0, ratio[4] * unit[4] * w - indoorPer * w));
        BigDecimal equipment = money(rnd, ratio[5] * unit[5] * w);
        BigDecimal rooms = BigDecimal.valueOf(Math.round(ratio[6] * unit[6] * w / 100));
        boolean dense = location == Location.URBAN && ratio[4] < 1 && rnd.nextDouble() < 0.4;
        BigDecimal other = BigDecimal.ZERO;
        BigDecimal leased = BigDecimal.ZERO;
        if (dense) {
            other = area(rnd, rnd.nextDouble() * 1.5 * w);
            leased = area(rnd, rnd.nextDouble() * 3 * w);
        }

        // values exactly on a threshold, or on its 85% floor: for single-stage schools X = t·N, and for the
        // primary part of a nine-year school X = t·(A + 1.1B), since its share makes the part's value X/(A + 1.1B)
        if (rnd.nextDouble() < 0.04 && (type == SchoolType.PRIMARY || type == SchoolType.NINE_YEAR
                || type == SchoolType.JUNIOR) && (a == null || a > 0) && (b == null || b > 0)) {
            boolean junior = type == SchoolType.JUNIOR;
            BigDecimal base = junior ? BigDecimal.valueOf(b)
                    : BigDecimal.valueOf(a).add(b == null ? BigDecimal.ZERO : BigDecimal.valueOf(b).multiply(W_JUNIOR));
            BigDecimal factor = rnd.nextBoolean() ? new BigDecimal("0.85") : BigDecimal.ONE;
            switch (rnd.nextInt(3)) {
                case 0 -> equipment = base.multiply(new BigDecimal(junior ? "2500" : "2000")).multiply(factor);
                case 1 -> teaching = indoor.add(base.multiply(new BigDecimal(junior ? "5.8" : "4.5")).multiply(factor));
                default -> {
                    BigDecimal total = base.multiply(new BigDecimal(junior ? "10.2" : "7.5")).multiply(factor);
                    if (total.compareTo(indoor) >= 0) {
                        field = total.subtract(indoor);
                    }
                }
            }
        }

        // missing inputs
        if (rnd.nextDouble() < missingRate) {
            int losses = 1 + rnd.nextInt(3);
            for (int l = 0; l < losses; l++) {
                switch (rnd.nextInt(12)) {
                    case 0 -> {
                        if (a != null && rnd.nextBoolean()) {
                            a = null;
                        } else if (b != null) {
                            b = null;
                        } else {
                            a = null;
                        }
                    }
                    case 1 -> {
                        if (tp != null && (tj == null || rnd.nextBoolean())) {
                            tp = null;
                        } else {
                            tj = null;
                        }
                    }
                    case 2, 3 -> {
                        if (tp != null) {
                            tp = dropCount(rnd, tp);
                        }
                        if (tj != null && rnd.nextBoolean()) {
                            tj = dropCount(rnd, tj);
                        }
                    }
                    case 4 -> teaching = null;
                    case 5 -> indoor = null;
                    case 6 -> field = null;
                    case 7 -> equipment = null;
                    case 8 -> rooms = null;
                    case 9 -> {
                        if (cSenior != null) {
                            cSenior = null;
                        } else {
                            location = null;
                        }
                    }
                    case 10 -> {
                        other = null;
                        leased = rnd.nextBoolean() ? null : leased;
                        ownership = null;
                    }
                    default -> {
                        if (rnd.nextInt(8) == 0) {
                            type = null;                      // unknown type: the school has no parts
                        } else {
                            rooms = null;
                        }
                    }
                }
            }
        }
        String id = id(rnd, c, code, type, index, seq);
        String schoolName = "样本学校" + (index + 1) + (type == null ? "" : type.label());
        Enrolment e = new Enrolment(a, b, cSenior);
        return new School(id, schoolName, type, ownership, location, special, vocational, e,
                new Teachers(tp, tj), teaching, indoor, field, equipment, rooms, other, leased, dense, Map.of());
    }

    private static String id(SplittableRandom rnd, CountyProfile c, String code, SchoolType type, int index, int[] seq) {
        if (c.numericIds()) {
            // 学校标识码-style: 10 digits, unique within the county
            return "3" + code.substring(0, Math.min(6, code.length())) + String.format("%03d", index);
        }
        String prefix = type == null ? "X" : switch (type) {
            case PRIMARY -> "P";
            case TEACHING_POINT -> "TP";
            case JUNIOR -> "J";
            case NINE_YEAR -> "N";
            case TWELVE_YEAR -> "T";
            case COMPLETE_MIDDLE -> "C";
        };
        return prefix + (++seq[0]);
    }

    private static Location location(SplittableRandom rnd, Kind kind) {
        double u = rnd.nextDouble();
        return switch (kind) {
            case URBAN_DISTRICT -> u < 0.7 ? Location.URBAN : u < 0.9 ? Location.TOWN : Location.RURAL;
            case COUNTY -> u < 0.15 ? Location.URBAN : u < 0.5 ? Location.TOWN : Location.RURAL;
            case REMOTE -> u < 0.05 ? Location.URBAN : u < 0.3 ? Location.TOWN : Location.RURAL;
            case PASTORAL, NOTHING_IN_SCOPE -> u < 0.2 ? Location.TOWN : Location.RURAL;
        };
    }

    private static SchoolType type(SplittableRandom rnd, Location location) {
        double u = rnd.nextDouble() * 100;
        double[] cut = switch (location) {                      // PRIMARY, JUNIOR, NINE, TWELVE, COMPLETE, (TP)
            case URBAN -> new double[] {55, 80, 90, 92, 98};
            case TOWN -> new double[] {55, 77, 89, 90, 94};
            case RURAL -> new double[] {50, 62, 72, 72.3, 74};
        };
        return u < cut[0] ? SchoolType.PRIMARY : u < cut[1] ? SchoolType.JUNIOR : u < cut[2] ? SchoolType.NINE_YEAR
                : u < cut[3] ? SchoolType.TWELVE_YEAR : u < cut[4] ? SchoolType.COMPLETE_MIDDLE
                : SchoolType.TEACHING_POINT;
    }

    private static int students(SplittableRandom rnd, double median, double sigma, int min, int max) {
        return (int) Math.max(min, Math.min(max, Math.round(median * Math.exp(sigma * gaussian(rnd)))));
    }

    /** Teacher counts of a stage of {@code n} students (a stage of unknown size gets a typical one). */
    private static StageTeachers teachers(SplittableRandom rnd, Integer n, double[] ratio, double[] th,
                                          double perHundred, Location location) {
        int size = n == null ? 400 : n;
        int qualified = (int) Math.round(size * ratio[0] * th[0] / 100);
        int backbone = (int) Math.round(size * ratio[1] * th[1] / 100);
        int peArts = (int) Math.round(size * ratio[2] * th[2] / 100);
        int pe = (int) Math.round(peArts * 0.5);
        int music = (int) Math.round((peArts - pe) * 0.55);
        int fineArt = Math.max(0, peArts - pe - music - (rnd.nextInt(5) == 0 ? 1 : 0));
        int arts = peArts - pe - music - fineArt;
        int visiting = location == Location.RURAL && size < 120 ? rnd.nextInt(4) : 0;
        int fullTime = (int) Math.ceil(size * perHundred * (0.9 + 0.3 * rnd.nextDouble()) / 100);
        fullTime = Math.max(fullTime, Math.max(qualified, Math.max(backbone, pe + music + fineArt + arts)));
        return new StageTeachers(fullTime, qualified, backbone, pe, music, fineArt, arts, visiting);
    }

    private static StageTeachers dropCount(SplittableRandom rnd, StageTeachers t) {
        return switch (rnd.nextInt(7)) {
            case 0 -> new StageTeachers(t.fullTime(), null, t.backboneCountyPlus(), t.pe(), t.music(), t.fineArt(), t.arts(), t.visitingPeArts());
            case 1 -> new StageTeachers(t.fullTime(), t.aboveRequiredQualification(), null, t.pe(), t.music(), t.fineArt(), t.arts(), t.visitingPeArts());
            case 2 -> new StageTeachers(t.fullTime(), t.aboveRequiredQualification(), t.backboneCountyPlus(), null, t.music(), t.fineArt(), t.arts(), t.visitingPeArts());
            case 3 -> new StageTeachers(t.fullTime(), t.aboveRequiredQualification(), t.backboneCountyPlus(), t.pe(), null, t.fineArt(), t.arts(), t.visitingPeArts());
            case 4 -> new StageTeachers(t.fullTime(), t.aboveRequiredQualification(), t.backboneCountyPlus(), t.pe(), t.music(), null, t.arts(), t.visitingPeArts());
            case 5 -> new StageTeachers(t.fullTime(), t.aboveRequiredQualification(), t.backboneCountyPlus(), t.pe(), t.music(), t.fineArt(), null, t.visitingPeArts());
            default -> new StageTeachers(null, t.aboveRequiredQualification(), t.backboneCountyPlus(), t.pe(), t.music(), t.fineArt(), t.arts(), null);
        };
    }

    /** An area in m²: whole square metres mostly, sometimes with two decimals. */
    private static BigDecimal area(SplittableRandom rnd, double m2) {
        double v = Math.max(0, m2);
        return rnd.nextInt(10) < 7 ? BigDecimal.valueOf(Math.round(v)) : BigDecimal.valueOf(Math.round(v * 100), 2);
    }

    /** An amount in 元, to the 分 or to the hundred 元. */
    private static BigDecimal money(SplittableRandom rnd, double yuan) {
        double v = Math.max(0, yuan);
        return rnd.nextBoolean() ? BigDecimal.valueOf(Math.round(v * 100), 2) : BigDecimal.valueOf(Math.round(v / 100) * 100);
    }

    private static double gaussian(SplittableRandom rnd) {
        // Box–Muller, one value per call (SplittableRandom has no nextGaussian on Java 17)
        double u1 = rnd.nextDouble();
        double u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Writes a nation of facts files: {@code [--seed N] [--counties N] [--missing-rate R] --out DIR}.
     */
    public static void main(String[] args) throws IOException {
        long seed = 1;
        int counties = NATION;
        double missing = DEFAULT_MISSING_RATE;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--counties" -> counties = Integer.parseInt(args[++i]);
                case "--missing-rate" -> missing = Double.parseDouble(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: NationalGenerator [--seed N] [--counties N] [--missing-rate R] --out DIR");
                    System.exit(2);
                }
            }
        }
        if (out == null) {
            System.err.println("usage: NationalGenerator [--seed N] [--counties N] [--missing-rate R] --out DIR");
            System.exit(2);
        }
        long start = System.nanoTime();
        List<Path> files = new NationalGenerator(seed, counties, missing).writeJson(out);
        System.out.printf("wrote %d facts files to %s in %d ms%n", files.size(), out,
                (System.nanoTime() - start) / 1_000_000);
    }
}
