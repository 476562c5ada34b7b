package io.dudao.internal.scenario;

import io.dudao.api.Evaluator;
import io.dudao.api.IndicatorResult;
import io.dudao.api.scenario.RuleSelection;
import io.dudao.api.scenario.ScenarioResult;
import io.dudao.internal.ruleset.RuleSetSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Rule coverage from what reports show: the rules of a rule set are the {@code rule "…"} headers of the DRL
 * files of its standards' folders (a rule directory's, or the bundled {@code dudao/rules/<STANDARD>/} on
 * the class path); a rule fired when some result lists it among its {@link IndicatorResult#rules()}. Rules
 * that only insert helper facts (scope exclusions, tallies, relaxations) never appear in a result, so
 * they are reported as never fired.
 */
final class ResultRuleFirings implements RuleFirings {

    /** A rule header at the start of a line: {@code rule "name"}, {@code rule 'name'} or {@code rule name}. */
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"']+))");

    @Override
    public List<String> rules(RuleSelection selection, Evaluator evaluator) {
        Path root = selection.rulesDirectory() != null ? selection.rulesDirectory() : RuleSetSource.classpath().root();
        List<String> names = new ArrayList<>();
        for (String standard : evaluator.standards()) {
            Path dir = root.resolve(standard);
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList()) {
                    names.addAll(names(Files.readString(f, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the rule files of " + dir + ": " + e.getMessage(), e);
            }
        }
        return names;
    }

    private static List<String> names(String drl) {
        List<String> names = new ArrayList<>();
        Matcher m = RULE.matcher(drl);
        while (m.find()) {
            names.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        }
        return names;
    }

    @Override
    public Set<String> fired(ScenarioResult result) {
        Set<String> fired = new HashSet<>();
        if (result.report() != null) {
            result.report().results().forEach(r -> fired.addAll(r.rules()));
        }
        return fired;
    }
}
