package io.dudao.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.UriSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;
import org.junit.platform.testkit.engine.Events;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The JUnit 5 binding, run through the JUnit Platform test kit over a fixture folder with one scenario of
 * each kind: the tests carry the scenario files' URIs, and each status maps to the JUnit outcome.
 */
class DudaoScenariosTest {

    private static final Path SUITE = suite();

    private static Path suite() {
        try {
            return Path.of(DudaoScenariosTest.class.getResource("/scenarios/suite").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The test class the platform runs here; surefire skips nested classes. */
    static class FixtureSuite {
        @TestFactory
        Stream<DynamicNode> scenarios() {
            return DudaoScenarios.from(SUITE);
        }
    }

    private static Events run() {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(FixtureSuite.class)).execute().testEvents();
    }

    private static Map<String, Event> finished(Events events) {
        return events.finished().stream().collect(Collectors.toMap(e -> e.getTestDescriptor().getDisplayName(), e -> e));
    }

    private static Throwable thrown(Event e) {
        return e.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
    }

    @Test
    void eachScenarioFile_isATestWhoseSourceIsTheFileUri() {
        Events events = run();
        assertThat(events.started().stream()).extracting(e -> e.getTestDescriptor().getDisplayName())
                .containsExactlyInAnyOrder("malformed.yaml", "nested/fails-below-the-threshold.yaml", "passes.yaml",
                        "planted-wrong-verdict.yaml", "pending.yaml");
        assertThat(events.started().stream()).allSatisfy(e -> {
            UriSource source = (UriSource) e.getTestDescriptor().getSource().orElseThrow();
            assertThat(Path.of(source.getUri())).isEqualTo(SUITE.resolve(e.getTestDescriptor().getDisplayName()));
        });
    }

    @Test
    void statuses_mapToJUnitOutcomes_withTheReadableDiff() {
        Events events = run();
        events.assertStatistics(s -> s.started(5).succeeded(2).failed(2).aborted(1));
        Map<String, Event> byName = finished(events);

        Throwable failure = thrown(byName.get("planted-wrong-verdict.yaml"));
        assertThat(failure).isInstanceOf(AssertionFailedError.class);
        assertThat(failure.getMessage()).startsWith("a planted wrong expectation\n1 of 1 expectation not met\n")
                .contains(SUITE.resolve("planted-wrong-verdict.yaml") + ":6: T1-A school:B/PRIMARY")
                .contains("verdict: expected PASS, actual FAIL")
                .contains("explanation: ");

        Throwable error = thrown(byName.get("malformed.yaml"));
        assertThat(error).isInstanceOf(IllegalStateException.class).hasMessageStartingWith(
                SUITE.resolve("malformed.yaml") + ":8:13: unknown key 'verdit'");

        Throwable pending = thrown(byName.get("pending.yaml"));
        assertThat(pending).isInstanceOf(TestAbortedException.class).hasMessage("pending: T1-D has no rules yet");

        assertThat(byName.get("passes.yaml").getType()).isEqualTo(EventType.FINISHED);
        assertThat(byName.get("passes.yaml").getRequiredPayload(TestExecutionResult.class).getStatus())
                .isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
    }

    @Test
    void aFolderWithoutScenarios_isRejectedRatherThanPassingEmpty(@TempDir Path empty) {
        assertThatThrownBy(() -> DudaoScenarios.from(empty)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no scenario files");
        assertThatThrownBy(() -> DudaoScenarios.from(empty.resolve("absent"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not exist");
    }
}
