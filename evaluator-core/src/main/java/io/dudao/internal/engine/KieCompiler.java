package io.dudao.internal.engine;

import io.dudao.api.RuleProblem;
import io.dudao.api.RulesException;
import io.dudao.internal.Hashing;
import io.dudao.internal.ruleset.DecisionTables;
import io.dudao.internal.ruleset.RuleSet;
import io.dudao.internal.ruleset.StandardDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieBaseModel;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.runtime.KieContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles a rule set into one {@link KieBase} per standard, with the executable model.
 *
 * <p>Design note. Every build gets its own {@link ReleaseId}: the KIE repository is JVM-wide, and an
 * embedder may build several rule sets or reload one. Once the KieBases exist, the module is removed
 * from the repository again, so repeated builds do not accumulate; a KieBase lives on its own. The
 * executable model reports compile errors without line numbers, so on failure the same files are
 * compiled once more as plain DRL, whose messages name file, line and column.
 */
public final class KieCompiler {

    private static final Logger LOG = LoggerFactory.getLogger(KieCompiler.class);
    private static final String RESOURCES = "src/main/resources/";
    /** The group and artifact of every module built or loaded here; each gets a version of its own. */
    static final String GROUP = "io.dudao.generated";
    static final String ARTIFACT = "ruleset";
    /** Where parser messages put the position: {@code [12,4]} or {@code Line 12:4}. */
    private static final Pattern DRL_LINE = Pattern.compile("(?:\\[|Line )(\\d+)[,:](\\d+)");
    /** A follow-on message of every syntax error; it says nothing the first message did not. */
    private static final String PARSER_NULL = "Parser returned a null Package";

    private KieCompiler() {
    }

    /**
     * Compiles every standard of {@code ruleSet}.
     *
     * @return the KieBase of each standard, by standard id, in rule-set order
     * @throws RulesException {@code rules.invalid} listing every compile error with file and line
     */
    public static Map<String, KieBase> compile(RuleSet ruleSet) {
        KieServices ks = KieServices.Factory.get();
        long start = System.nanoTime();
        ReleaseId releaseId = uniqueReleaseId(ks);
        build(ks, ruleSet, releaseId);
        Map<String, KieBase> bases = kieBases(ks, releaseId, ruleSet.standards());
        LOG.debug("compiled rule set {} ({} standards) in {} ms", ruleSet.info().id(), bases.size(),
                (System.nanoTime() - start) / 1_000_000);
        return bases;
    }

    /** A release id of its own for one build or one load: the KIE repository is JVM-wide. */
    static ReleaseId uniqueReleaseId(KieServices ks) {
        return ks.newReleaseId(GROUP, ARTIFACT, "1.0.0-" + UUID.randomUUID());
    }

    /**
     * Builds {@code ruleSet} with the executable model into the KIE repository under {@code releaseId}; the
     * caller removes the module again.
     *
     * @throws RulesException {@code rules.invalid} listing every compile error with file and line (the module
     *                        is then already removed)
     */
    static KieBuilder build(KieServices ks, RuleSet ruleSet, ReleaseId releaseId) {
        KieFileSystem kfs = files(ks, ruleSet, releaseId);
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            throw new RulesException("rules.invalid", locate(ks, ruleSet, errors));
        }
        return builder;
    }

    /** The KieBase of each of {@code standards} from the module {@code releaseId}, which is then removed. */
    static Map<String, KieBase> kieBases(KieServices ks, ReleaseId releaseId, List<StandardDef> standards) {
        Map<String, KieBase> bases = new LinkedHashMap<>();
        try {
            KieContainer container = ks.newKieContainer(releaseId);
            for (StandardDef s : standards) {
                bases.put(s.id(), container.getKieBase(s.id()));
            }
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
        return bases;
    }

    /**
     * A hash over everything the compile reads: the kmodule.xml (one KieBase per standard) and every rule
     * file (decision tables as their DRL) under its path. Equal hashes mean equal compiled rules.
     */
    static String inputHash(RuleSet ruleSet) {
        KieServices ks = KieServices.Factory.get();
        Hashing h = new Hashing().update(module(ks, ruleSet).toXML());
        inputs(ruleSet).forEach((path, text) -> h.update(path).update(text));
        return h.digest();
    }

    static KieFileSystem files(KieServices ks, RuleSet ruleSet, ReleaseId releaseId) {
        KieFileSystem kfs = ks.newKieFileSystem();
        inputs(ruleSet).forEach(kfs::write);
        kfs.writeKModuleXML(module(ks, ruleSet).toXML());
        kfs.generateAndWritePomXML(releaseId);
        return kfs;
    }

    /** One KieBase per standard, holding the standard's package. */
    private static KieModuleModel module(KieServices ks, RuleSet ruleSet) {
        KieModuleModel module = ks.newKieModuleModel();
        for (StandardDef s : ruleSet.standards()) {
            KieBaseModel kbase = module.newKieBaseModel(s.id()).addPackage(StandardDef.drlPackage(s.id()));
            kbase.setDefault(false);
        }
        return module;
    }

    /** Every rule file by its path in the KieFileSystem, in rule-set order. */
    private static Map<String, String> inputs(RuleSet ruleSet) {
        Map<String, String> files = new LinkedHashMap<>();
        for (StandardDef s : ruleSet.standards()) {
            String pkg = StandardDef.drlPackage(s.id());
            for (StandardDef.RuleFile f : s.ruleFiles()) {
                files.put(RESOURCES + pkg.replace('.', '/') + "/" + fileName(f.path()), f.text());
            }
        }
        return files;
    }

    /** Compiles the files again as plain DRL to learn the lines of the errors. */
    private static List<RuleProblem> locate(KieServices ks, RuleSet ruleSet, List<Message> execErrors) {
        ReleaseId probeId = ks.newReleaseId(GROUP, "ruleset-check", "1.0.0-" + UUID.randomUUID());
        List<Message> errors = ks.newKieBuilder(files(ks, ruleSet, probeId)).buildAll()
                .getResults().getMessages(Message.Level.ERROR);
        ks.getRepository().removeKieModule(probeId);
        if (errors.isEmpty()) {
            List<RuleProblem> attributed = ExecutableModelErrors.attribute(ks, ruleSet);
            if (!attributed.isEmpty()) {
                return DecisionTables.locate(attributed, ruleSet.standards());
            }
            errors = execErrors;
        }
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, String> paths = new LinkedHashMap<>();
        for (StandardDef s : ruleSet.standards()) {
            for (StandardDef.RuleFile f : s.ruleFiles()) {
                String generated = StandardDef.drlPackage(s.id()).replace('.', '/') + "/" + fileName(f.path());
                paths.put(generated, f.path());
                paths.put(RESOURCES + generated, f.path());
            }
        }
        for (Message m : errors) {
            String path = m.getPath() == null ? "" : paths.getOrDefault(m.getPath(), m.getPath());
            int line = m.getLine() > 0 ? m.getLine() : 0;
            int column = m.getColumn() > 0 ? m.getColumn() : 0;
            Matcher lm = DRL_LINE.matcher(m.getText());
            if (lm.find() && (line == 0 || Integer.parseInt(lm.group(1)) == line)) {
                line = Integer.parseInt(lm.group(1));
                column = Integer.parseInt(lm.group(2)) + 1;
            }
            if (m.getText().contains(PARSER_NULL) && errors.size() > 1) {
                continue;
            }
            problems.add(new RuleProblem(path, line, column, m.getText().strip()));
        }
        return DecisionTables.locate(problems, ruleSet.standards());
    }

    /** The name in the KieFileSystem: a decision table's DRL gets {@code .drl} appended, so Drools reads it as DRL. */
    private static String fileName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".drl") ? name : name + ".drl";
    }
}
