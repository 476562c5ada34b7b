package io.dudao.api.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The rules a scenario runs with: the key under which a {@link ScenarioRunner} compiles an evaluator once
 * and reuses it for every scenario that names the same rules.
 *
 * @param rulesDirectory the rule directory, absolute and normalized, or {@code null} for the bundled rules
 * @param standards      the standard ids, in the order the scenario gives them; not empty
 * @param overlays       parameter overlay files, absolute and normalized, in order; empty when none
 *                       ({@code null} is read as empty)
 */
public record RuleSelection(Path rulesDirectory, List<String> standards, List<Path> overlays) {

    /**
     * @throws IllegalArgumentException when {@code standards} is empty
     * @throws NullPointerException     when {@code standards} or one of its elements is {@code null}
     */
    public RuleSelection {
        rulesDirectory = rulesDirectory == null ? null : rulesDirectory.toAbsolutePath().normalize();
        standards = List.copyOf(Objects.requireNonNull(standards, "standards"));
        if (standards.isEmpty()) {
            throw new IllegalArgumentException("a rule selection names at least one standard");
        }
        overlays = overlays == null ? List.of()
                : overlays.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    /** The selection in words: {@code QB2017 from the bundled rules} or {@code T1 from the rules in DIR}. */
    public String describe() {
        return String.join(", ", standards) + " from "
                + (rulesDirectory == null ? "the bundled rules" : "the rules in " + rulesDirectory)
                + (overlays.isEmpty() ? "" : " with overlays " + overlays);
    }
}
