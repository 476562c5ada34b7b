package io.dudao.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.dudao.api.FactsReader;
import io.dudao.api.Verdict;
import io.dudao.facts.District;
import io.dudao.facts.Location;
import io.dudao.facts.Ownership;
import io.dudao.facts.School;
import io.dudao.facts.SchoolType;
import io.dudao.facts.Stage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NationalGeneratorTest {

    @Test
    void sameSeedSameCounties_otherSeedOtherCounties() {
        NationalGenerator g = new NationalGenerator(11);
        List<District> first = g.counties(30).stream().toList();
        List<District> again = new ArrayList<>();
        new NationalGenerator(11).counties(30).forEach(again::add);
        assertThat(again).isEqualTo(first);
        // random access gives the same county as streaming
        assertThat(g.county(17)).isEqualTo(first.get(17));
        // the number of counties asked for does not change a county
        assertThat(new NationalGenerator(11).counties(5).county(3)).isEqualTo(first.get(3));
        assertThat(new NationalGenerator(12).county(3)).isNotEqualTo(first.get(3));
        // codes are unique across the nation
        Set<String> codes = new HashSet<>();
        Iterator<District> it = new NationalGenerator(11).iterator();
        int n = 0;
        while (it.hasNext()) {
            codes.add(it.next().code());
            n++;
        }
        assertThat(n).isEqualTo(NationalGenerator.NATION);
        assertThat(codes).hasSize(NationalGenerator.NATION);
    }

    @Test
    void nationHasRealisticSpreads() {
        int[] sizes = new NationalGenerator(3).stream().mapToInt(d -> d.schools().size()).sorted().toArray();
        long total = 0;
        int between = 0;
        for (int s : sizes) {
            total += s;
            between += s >= 20 && s <= 120 ? 1 : 0;
        }
        assertThat(sizes[0]).isGreaterThanOrEqualTo(5);
        assertThat(sizes[sizes.length - 1]).isLessThanOrEqualTo(400).isGreaterThan(250);
        assertThat(sizes[sizes.length / 2]).isBetween(45, 75);
        assertThat((double) between / sizes.length).as("share of counties with 20–120 schools").isGreaterThan(0.7);
        assertThat(total).as("schools in the nation").isBetween(180_000L, 240_000L);
    }

    @Test
    void schoolsCoverTheKindsTheRulesDistinguish() {
        Set<SchoolType> types = EnumSet.noneOf(SchoolType.class);
        Set<Location> locations = EnumSet.noneOf(Location.class);
        Map<String, Integer> seen = new TreeMap<>();
        NationalGenerator g = new NationalGenerator(5, 200, 0.05);
        for (District d : g) {
            Set<String> ids = new HashSet<>();
            for (School s : d.schools()) {
                assertThat(ids.add(s.id())).as("unique id %s in %s", s.id(), d.code()).isTrue();
                if (s.type() != null) {
                    types.add(s.type());
                } else {
                    seen.merge("unknown type", 1, Integer::sum);
                }
                if (s.location() != null) {
                    locations.add(s.location());
                }
                count(seen, "private", s.ownership() == Ownership.PRIVATE);
                count(seen, "special", s.isSpecial());
                count(seen, "vocational", s.isVocational());
                count(seen, "dense city centre", Boolean.TRUE.equals(s.denseCityCentre()));
                Integer p = s.enrolment().primary();
                count(seen, "teaching point under 50", s.type() == SchoolType.TEACHING_POINT && p != null && p < 50);
                count(seen, "teaching point 50 or more", s.type() == SchoolType.TEACHING_POINT && p != null && p >= 50);
                count(seen, "nine-year campus of one stage", s.type() == SchoolType.NINE_YEAR
                        && (Integer.valueOf(0).equals(p) || Integer.valueOf(0).equals(s.enrolment().junior())));
                boolean missingEnrolment = s.type() != null && s.type().stages().stream().anyMatch(st -> s.enrolment().of(st) == null);
                count(seen, "missing enrolment", missingEnrolment);
                boolean missingBlock = s.type() != null && s.type().stages().stream()
                        .anyMatch(st -> st != Stage.SENIOR && s.teachers().of(st) == null);
                count(seen, "missing teacher block", missingBlock);
                count(seen, "missing area", s.areaTeachingAux() == null || s.areaIndoorSports() == null || s.areaSportsField() == null);
                count(seen, "missing equipment", s.equipmentValue() == null);
                count(seen, "missing rooms", s.multimediaClassrooms() == null);
            }
        }
        assertThat(types).containsExactlyInAnyOrder(SchoolType.values());
        assertThat(locations).containsExactlyInAnyOrder(Location.values());
        assertThat(seen).containsOnlyKeys("unknown type", "private", "special", "vocational", "dense city centre",
                "teaching point under 50", "teaching point 50 or more", "nine-year campus of one stage",
                "missing enrolment", "missing teacher block", "missing area", "missing equipment", "missing rooms");
    }

    private static void count(Map<String, Integer> seen, String what, boolean yes) {
        if (yes) {
            seen.merge(what, 1, Integer::sum);
        }
    }

    @Test
    void everyVerdictOccurs() {
        // the first 340 counties include both rare kinds (index 5: no junior stage, 7: nothing in scope)
        ReferenceEvaluator ref = ReferenceEvaluator.national();
        Map<String, Set<Verdict>> verdicts = new HashMap<>();
        Map<String, Map<Verdict, Integer>> counts = new TreeMap<>();
        new NationalGenerator(9).counties(340).stream().forEach(d -> {
            for (ReferenceResult r : ref.evaluate(d)) {
                verdicts.computeIfAbsent(r.indicator(), k -> EnumSet.noneOf(Verdict.class)).add(r.verdict());
                counts.computeIfAbsent(r.indicator(), k -> new TreeMap<>()).merge(r.verdict(), 1, Integer::sum);
            }
        });
        counts.forEach((k, v) -> System.out.println("verdicts " + k + " " + v));
        for (String indicator : ReferenceEvaluator.INDICATORS) {
            assertThat(verdicts.get(indicator)).as(indicator).containsExactlyInAnyOrder(Verdict.values());
        }
        // no verdict is a rarity among the school indicators: R1–R7 and RA pass and fail in numbers
        for (String indicator : ReferenceEvaluator.INDICATORS.subList(0, 8)) {
            Map<Verdict, Integer> c = counts.get(indicator);
            int all = c.values().stream().mapToInt(Integer::intValue).sum();
            assertThat(c.get(Verdict.PASS)).as(indicator + " PASS").isGreaterThan(all / 3);
            assertThat(c.get(Verdict.FAIL)).as(indicator + " FAIL").isGreaterThan(all / 20);
        }
    }

    @Test
    void jsonFilesReadBackAsTheSameFacts(@TempDir Path dir) throws IOException {
        NationalGenerator g = new NationalGenerator(21, 25, 0.2);
        List<Path> files = g.writeJson(dir);
        assertThat(files).hasSize(25);
        for (int i = 0; i < files.size(); i++) {
            List<District> read = FactsReader.read(files.get(i));
            assertThat(read).hasSize(1);
            assertThat(read.get(0)).isEqualTo(g.county(i));
        }
    }
}
