package io.dudao.internal.engine;

import io.dudao.api.RuleProblem;
import io.dudao.internal.ruleset.RuleSet;
import io.dudao.internal.ruleset.StandardDef;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Finds the rule behind an error that only the executable model reports. Such errors name generated
 * Java sources, not the DRL, and carry no line. Here each rule file is compiled on its own, and in a
 * failing file each rule on its own (with the file's header, at its own lines), so that the problem can
 * name the file, the line of the rule and the rule. Runs only when a build has failed that way.
 */
final class ExecutableModelErrors {

    private static final Pattern RULE = Pattern.compile("(?ms)^[ \\t]*rule\\s+\"([^\"]+)\".*?^[ \\t]*end[ \\t]*$");

    private ExecutableModelErrors() {
    }

    static List<RuleProblem> attribute(KieServices ks, RuleSet ruleSet) {
        List<RuleProblem> problems = new ArrayList<>();
        for (StandardDef s : ruleSet.standards()) {
            for (StandardDef.RuleFile f : s.ruleFiles()) {
                if (errors(ks, s, f.path(), f.text()).isEmpty()) {
                    continue;
                }
                Matcher m = RULE.matcher(f.text());
                String header = m.find() ? f.text().substring(0, m.start()) : f.text();
                m.reset();
                boolean found = false;
                while (m.find()) {
                    String before = f.text().substring(0, m.start());
                    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
                    String alone = header + "\n".repeat(line - 1 - (int) header.chars().filter(c -> c == '\n').count())
                            + m.group();
                    List<Message> errors = errors(ks, s, f.path(), alone);
                    if (!errors.isEmpty()) {
                        found = true;
                        problems.add(new RuleProblem(f.path(), line, 1, "rule \"" + m.group(1)
                                + "\" does not compile with the executable model: " + summary(errors)));
                    }
                }
                if (!found) {
                    problems.add(new RuleProblem(f.path(), 0, 0,
                            "does not compile with the executable model: " + summary(errors(ks, s, f.path(), f.text()))));
                }
            }
        }
        return problems;
    }

    private static List<Message> errors(KieServices ks, StandardDef standard, String path, String text) {
        ReleaseId id = ks.newReleaseId("io.dudao.generated", "ruleset-probe", "1.0.0-" + UUID.randomUUID());
        StandardDef one = new StandardDef(standard.id(), standard.name(), standard.document(), standard.dimensions(),
                standard.indicators(), standard.parameters(), List.of(new StandardDef.RuleFile(path, text)),
                standard.messageFiles());
        RuleSet probe = new RuleSet(null, null, List.of(one), null, null);
        List<Message> errors = ks.newKieBuilder(KieCompiler.files(ks, probe, id)).buildAll(ExecutableModelProject.class)
                .getResults().getMessages(Message.Level.ERROR);
        ks.getRepository().removeKieModule(id);
        return errors;
    }

    /** The first line of each distinct message, e.g. {@code _this cannot be resolved}. */
    private static String summary(List<Message> errors) {
        return errors.stream().map(e -> e.getText().strip().lines().findFirst().orElse(""))
                .map(t -> t.replaceFirst("^.*\\.java:\\[?\\d*,?\\d*\\]?\\s*", "")).distinct()
                .reduce((a, b) -> a + "; " + b).orElse("unknown error");
    }
}
