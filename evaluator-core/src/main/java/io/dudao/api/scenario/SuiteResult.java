package io.dudao.api.scenario;

import io.dudao.api.scenario.ScenarioResult.Status;
import java.util.List;

/**
 * The outcome of running a suite of scenario files.
 *
 * @param scenarios one result per scenario file, in discovery order
 * @param coverage  what the suite covers
 */
public record SuiteResult(List<ScenarioResult> scenarios, Coverage coverage) {

    public SuiteResult {
        scenarios = List.copyOf(scenarios);
    }

    /** How many scenarios ended with {@code status}. */
    public int count(Status status) {
        return (int) scenarios.stream().filter(s -> s.status() == status).count();
    }

    /** Whether no scenario failed or ended in an error (pending ones are allowed). */
    public boolean successful() {
        return count(Status.FAIL) == 0 && count(Status.ERROR) == 0;
    }

    /** {@code 12 passed, 1 failed, 0 errors, 2 pending}. */
    public String summary() {
        int errors = count(Status.ERROR);
        return count(Status.PASS) + " passed, " + count(Status.FAIL) + " failed, " + errors + " error"
                + (errors == 1 ? "" : "s") + ", " + count(Status.PENDING) + " pending";
    }
}
