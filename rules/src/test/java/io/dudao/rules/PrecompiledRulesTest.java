package io.dudao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.dudao.api.EvaluationReport;
import io.dudao.api.Evaluator;
import io.dudao.api.FactsReader;
import io.dudao.api.ReportJson;
import io.dudao.facts.District;
import io.dudao.facts.SchoolType;
import io.dudao.internal.engine.DefaultEvaluator;
import io.dudao.internal.engine.PrecompiledRules;
import io.dudao.internal.ruleset.RuleSet;
import io.dudao.internal.ruleset.RuleSetLoader;
import io.dudao.internal.ruleset.RuleSetSource;
import io.dudao.internal.ruleset.StandardDef;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.slf4j.LoggerFactory;

/**
 * The bundled rules precompiled at build time ({@code dudao/precompiled/rules.kjar}, written by the rules
 * module's build) against the same rules compiled from DRL at runtime: equal reports byte for byte, and a
 * kjar that is missing or was compiled from other rule files is not used.
 */
class PrecompiledRulesTest {

    /** The runtime build: the bundled DRL compiled in this JVM (costs seconds; once per class). */
    private static final class FromSource {
        static final Evaluator EVALUATOR = DefaultEvaluator.build(RuleSetSource.classpath(), List.of(), List.of(),
                false);
    }

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(PrecompiledRules.class);

    private Level level;

    @BeforeEach
    void captureLog() {
        level = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        logger.setAdditive(false);
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        logger.detachAppender(log);
        logger.setLevel(level);
        logger.setAdditive(true);
    }

    private static RuleSet bundled() {
        return RuleSetLoader.load(RuleSetSource.classpath());
    }

    private static ClassLoader classLoader() {
        return PrecompiledRulesTest.class.getClassLoader();
    }

    @Test
    void buildOfTheRulesModule_precompiledEveryStandardOfTheManifest() {
        RuleSet all = bundled();

        Optional<Map<String, KieBase>> bases = PrecompiledRules.load(all, all.standards(), classLoader());

        assertThat(bases).as("an up-to-date kjar on the class path").isPresent();
        assertThat(bases.get().keySet()).containsExactlyElementsOf(all.standards().stream().map(StandardDef::id).toList());
        assertThat(bases.get().values()).allSatisfy(b -> assertThat(b.getKiePackages()).isNotEmpty());
        assertThat(log.list).noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN));
    }

    @Test
    void bundledEvaluator_usesThePrecompiledRules_withTheSameRulesAsTheRuntimeBuild() {
        Evaluator precompiled = Evaluator.builder().build();

        assertThat(log.list).noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .anyMatch(e -> e.getFormattedMessage().startsWith("loaded the precompiled rules"));
        assertThat(precompiled.ruleNames()).isNotEmpty().isEqualTo(FromSource.EVALUATOR.ruleNames());
        assertThat(precompiled.lint()).isEqualTo(FromSource.EVALUATOR.lint());
        assertThat(precompiled.indicators()).isEqualTo(FromSource.EVALUATOR.indicators());
        assertThat(precompiled.ruleSet()).isEqualTo(FromSource.EVALUATOR.ruleSet());
    }

    @Test
    void bothSamples_giveByteIdenticalReports_precompiledAndFromSource() throws IOException {
        Evaluator precompiled = Evaluator.builder().build();
        List<Path> samples;
        try (Stream<Path> s = Files.list(Path.of("..", "examples", "samples"))) {
            samples = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        assertThat(samples).hasSizeGreaterThanOrEqualTo(2);
        for (Path sample : samples) {
            for (District d : FactsReader.read(sample)) {
                assertSameReports(precompiled, d, sample.getFileName().toString());
            }
        }
    }

    @Test
    void fixtureDistricts_giveByteIdenticalReports_precompiledAndFromSource() {
        Evaluator precompiled = Evaluator.builder().build();
        List<District> districts = new ArrayList<>();
        districts.add(Fixtures.district(Fixtures.school("A").students(317).teachingAreaNet("1999.7"),
                Fixtures.school("B").type(SchoolType.NINE_YEAR).enrolment(433, 287, null).equipmentValue(null),
                Fixtures.school("C").type(SchoolType.TEACHING_POINT).students(49),
                Fixtures.school("D").type(SchoolType.JUNIOR).students(641).qualified(io.dudao.facts.Stage.JUNIOR, 1)));
        districts.add(Fixtures.district(Fixtures.school("E").special()));
        districts.add(Fixtures.district(List.of()));
        for (District d : districts) {
            assertSameReports(precompiled, d, "district of " + d.schools().size() + " schools");
        }
    }

    private static void assertSameReports(Evaluator precompiled, District d, String what) {
        EvaluationReport a = precompiled.evaluate(d);
        EvaluationReport b = FromSource.EVALUATOR.evaluate(d);
        assertThat(ReportJson.toJson(a)).as(what).isEqualTo(ReportJson.toJson(b));
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            assertThat(ReportJson.toJson(precompiled.explanations().render(a, locale))).as(what + " " + locale)
                    .isEqualTo(ReportJson.toJson(FromSource.EVALUATOR.explanations().render(b, locale)));
        }
    }

    @Test
    void staleKjar_isNotUsed_andTheLogSaysWhy() {
        RuleSet all = bundled();
        StandardDef first = all.standards().get(0);
        List<StandardDef.RuleFile> files = new ArrayList<>(first.ruleFiles());
        StandardDef.RuleFile changed = files.get(0);
        files.set(0, new StandardDef.RuleFile(changed.path(), changed.text() + "\n// edited after the build\n"));
        List<StandardDef> standards = new ArrayList<>(all.standards());
        standards.set(0, new StandardDef(first.id(), first.name(), first.document(), first.dimensions(),
                first.indicators(), first.parameters(), files, first.messageFiles()));
        RuleSet edited = all.with(standards);

        Optional<Map<String, KieBase>> bases = PrecompiledRules.load(edited, edited.standards(), classLoader());

        assertThat(bases).isEmpty();
        assertThat(log.list).anySatisfy(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.WARN);
            assertThat(e.getFormattedMessage()).contains("stale").contains("compiling the bundled rules at runtime");
        });
    }

    @Test
    void missingKjar_isReported_andNothingIsLoaded() throws IOException {
        RuleSet all = bundled();
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            Optional<Map<String, KieBase>> bases = PrecompiledRules.load(all, all.standards(), empty);

            assertThat(bases).isEmpty();
        }
        assertThat(log.list).anySatisfy(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.WARN);
            assertThat(e.getFormattedMessage()).contains("no precompiled rules")
                    .contains("compiling the bundled rules at runtime");
        });
    }

    @Test
    void loadingTwice_givesTwoIndependentRuleBases() {
        RuleSet all = bundled();

        Map<String, KieBase> first = PrecompiledRules.load(all, all.standards(), classLoader()).orElseThrow();
        Map<String, KieBase> second = PrecompiledRules.load(all, all.standards(), classLoader()).orElseThrow();

        String id = all.standards().get(0).id();
        assertThat(first.get(id)).isNotSameAs(second.get(id));
        assertThat(first.get(id).getKiePackages()).hasSameSizeAs(second.get(id).getKiePackages());
    }
}
