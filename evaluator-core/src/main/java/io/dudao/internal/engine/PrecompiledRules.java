package io.dudao.internal.engine;

import io.dudao.api.RuleProblem;
import io.dudao.api.RulesException;
import io.dudao.internal.ruleset.RuleSet;
import io.dudao.internal.ruleset.RuleSetLoader;
import io.dudao.internal.ruleset.RuleSetSource;
import io.dudao.internal.ruleset.StandardDef;
import io.dudao.internal.text.DefaultExplanations;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.ReleaseId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled rule set compiled at build time: an executable-model kjar beside the rules on the class path,
 * so that an embedding application does not compile DRL when it starts.
 *
 * <p>Design note. The rules module's build runs {@link #main} over its own {@code dudao/rules/} folder: the
 * rule set is loaded and checked exactly as at runtime (manifest, catalogs, parameters, templates), compiled
 * by {@link KieCompiler} (so decision tables, and the KieBase of each standard, are what a runtime build
 * makes), and the kjar is written to {@value #KJAR} with an index, {@value #INDEX}, that records the hash of
 * the compile's inputs ({@link KieCompiler#inputHash}). At runtime the bundled rule set is still loaded and
 * validated from its files; only the compile is replaced, and only when the index's hash equals the hash of
 * the files on the class path. Missing, stale or unreadable artefacts fall back to compiling at runtime, with
 * a log line. Each load gets a {@link ReleaseId} of its own (the kjar is stored with a placeholder version,
 * rewritten when it is read), never the JVM's class-path container, and the module is removed from the KIE
 * repository once the KieBases exist. System property {@value #DISABLE} set to {@code false} turns the
 * precompiled rules off (benchmarks and the equivalence test compare both builds).
 */
public final class PrecompiledRules {

    private static final Logger LOG = LoggerFactory.getLogger(PrecompiledRules.class);

    /** Where the artefacts live on the class path (outside {@code dudao/rules/}, whose hash they record). */
    public static final String DIRECTORY = "dudao/precompiled/";
    /** The kjar. */
    public static final String KJAR = DIRECTORY + "rules.kjar";
    /** The index: format, rule set, standards, input hash, Drools version. */
    public static final String INDEX = DIRECTORY + "rules.properties";
    /** {@code -Ddudao.precompiled=false} compiles the bundled rules at runtime even when a kjar is present. */
    public static final String DISABLE = "dudao.precompiled";

    private static final String FORMAT = "1";
    /** The version the kjar is stored under; each load replaces it with a unique one. */
    private static final String PLACEHOLDER_VERSION = "0.0.0-precompiled";

    private PrecompiledRules() {
    }

    /** Whether the precompiled rules may be used in this JVM ({@value #DISABLE} is not {@code false}). */
    public static boolean enabled() {
        return !"false".equalsIgnoreCase(System.getProperty(DISABLE));
    }

    /**
     * The KieBases of {@code chosen} from the precompiled kjar of the bundled rule set {@code all}, or empty
     * when there is none or it was not compiled from these very files (each case logged).
     *
     * @param all    the whole bundled rule set, as loaded from the class path
     * @param chosen the standards to take, a subset of {@code all}'s
     */
    public static Optional<Map<String, KieBase>> load(RuleSet all, List<StandardDef> chosen, ClassLoader loader) {
        long start = System.nanoTime();
        Properties index = new Properties();
        try (InputStream in = loader.getResourceAsStream(INDEX)) {
            if (in == null) {
                LOG.warn("no precompiled rules on the class path ({}); compiling the bundled rules at runtime", INDEX);
                return Optional.empty();
            }
            try (Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
                index.load(r);
            }
        } catch (IOException e) {
            LOG.warn("cannot read {} ({}); compiling the bundled rules at runtime", INDEX, e.toString());
            return Optional.empty();
        }
        String hash = KieCompiler.inputHash(all);
        if (!FORMAT.equals(index.getProperty("format")) || !hash.equals(index.getProperty("inputHash"))) {
            LOG.warn("the precompiled rules are stale (compiled from {}, the rule files on the class path hash to {});"
                    + " compiling the bundled rules at runtime", index.getProperty("inputHash"), hash);
            return Optional.empty();
        }
        String drools = droolsVersion();
        if (drools != null && index.getProperty("drools") != null && !drools.equals(index.getProperty("drools"))) {
            LOG.warn("the precompiled rules were compiled with Drools {}, this is Drools {};"
                    + " compiling the bundled rules at runtime", index.getProperty("drools"), drools);
            return Optional.empty();
        }
        byte[] kjar;
        try (InputStream in = loader.getResourceAsStream(KJAR)) {
            if (in == null) {
                LOG.warn("{} lists precompiled rules but {} is missing; compiling the bundled rules at runtime",
                        INDEX, KJAR);
                return Optional.empty();
            }
            kjar = in.readAllBytes();
        } catch (IOException e) {
            LOG.warn("cannot read {} ({}); compiling the bundled rules at runtime", KJAR, e.toString());
            return Optional.empty();
        }
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = KieCompiler.uniqueReleaseId(ks);
        try {
            ks.getRepository().addKieModule(ks.getResources().newByteArrayResource(
                    withVersion(kjar, PLACEHOLDER_VERSION, releaseId.getVersion())));
            Map<String, KieBase> bases = KieCompiler.kieBases(ks, releaseId, chosen);
            LOG.debug("loaded the precompiled rules of {} ({} standards) in {} ms", all.info().id(), bases.size(),
                    (System.nanoTime() - start) / 1_000_000);
            return Optional.of(bases);
        } catch (RuntimeException | IOException e) {
            ks.getRepository().removeKieModule(releaseId);
            LOG.warn("cannot load the precompiled rules ({}); compiling the bundled rules at runtime", e.toString());
            return Optional.empty();
        }
    }

    /**
     * Build step: loads and checks the rule set in {@code args[0]} as the runtime does, compiles it and
     * writes {@value #KJAR} and {@value #INDEX} below the directory {@code args[1]}. Exits with 3, printing
     * every problem, when the rule set is invalid.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: PrecompiledRules RULE_SET_DIR OUTPUT_CLASSES_DIR");
            System.exit(2);
        }
        long start = System.nanoTime();
        boolean written;
        try {
            written = write(Path.of(args[0]), Path.of(args[1]));
        } catch (RulesException e) {
            System.err.println("the rule set in " + args[0] + " is invalid (" + e.code() + "):");
            e.problems().forEach(p -> System.err.println("  " + p));
            System.exit(3);
            return;
        }
        System.out.printf(written ? "precompiled the rule set in %s into %s in %d ms%n"
                        : "the precompiled rule set %s is up to date (%s, checked in %d ms)%n", args[0],
                Path.of(args[1]).resolve(KJAR), (System.nanoTime() - start) / 1_000_000);
    }

    /** Loads, checks and compiles the rule set in {@code rules}, and writes the kjar and index below {@code out}. */
    static boolean write(Path rules, Path out) throws IOException {
        RuleSet ruleSet = RuleSetLoader.load(RuleSetSource.directory(rules));
        String inputHash = KieCompiler.inputHash(ruleSet);
        if (upToDate(out, inputHash)) {
            return false;
        }
        List<RuleProblem> problems = new ArrayList<>();
        DefaultExplanations.build(ruleSet.standards(), problems);
        if (!problems.isEmpty()) {
            throw new RulesException("rules.invalid", problems);
        }
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = ks.newReleaseId(KieCompiler.GROUP, KieCompiler.ARTIFACT, PLACEHOLDER_VERSION);
        byte[] kjar;
        try {
            KieBuilder builder = KieCompiler.build(ks, ruleSet, releaseId);
            // the compiled module's bytes: generated classes, kmodule.xml and pom (Drools-internal API, build time only)
            kjar = normalised(((InternalKieModule) builder.getKieModule()).getBytes());
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
        Path dir = out.resolve(DIRECTORY);
        Files.createDirectories(dir);
        Files.write(out.resolve(KJAR), kjar);
        Map<String, String> index = new TreeMap<>();
        index.put("format", FORMAT);
        index.put("ruleset", ruleSet.info().id() + " " + ruleSet.info().edition());
        index.put("standards", String.join(",", ruleSet.standards().stream().map(StandardDef::id).toList()));
        index.put("inputHash", inputHash);
        String drools = droolsVersion();
        if (drools != null) {
            index.put("drools", drools);
        }
        StringWriter w = new StringWriter();
        w.write("# The bundled rules compiled at build time by " + PrecompiledRules.class.getName() + "\n");
        index.forEach((k, v) -> w.write(k + "=" + v.replace("\\", "\\\\") + "\n"));
        Files.writeString(out.resolve(INDEX), w.toString(), StandardCharsets.UTF_8);
        return true;
    }

    /** Whether {@code out} already holds a kjar compiled from inputs with {@code inputHash} (by this Drools). */
    private static boolean upToDate(Path out, String inputHash) throws IOException {
        Path index = out.resolve(INDEX);
        if (!Files.isRegularFile(index) || !Files.isRegularFile(out.resolve(KJAR))) {
            return false;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(index, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return FORMAT.equals(p.getProperty("format")) && inputHash.equals(p.getProperty("inputHash"))
                && java.util.Objects.equals(droolsVersion(), p.getProperty("drools"));
    }

    private static String droolsVersion() {
        return KieServices.class.getPackage().getImplementationVersion();
    }

    /** The kjar with {@code from} replaced by {@code to} in its Maven descriptors (pom.xml, pom.properties). */
    static byte[] withVersion(byte[] kjar, String from, String to) throws IOException {
        return rewrite(kjar, (name, bytes) -> name.startsWith("META-INF/maven/")
                && (name.endsWith("/pom.xml") || name.endsWith("/pom.properties"))
                ? new String(bytes, StandardCharsets.UTF_8).replace(from, to).getBytes(StandardCharsets.UTF_8)
                : bytes, false);
    }

    /** The kjar with its entries sorted by name and a fixed time, so that equal rules give equal bytes. */
    private static byte[] normalised(byte[] kjar) throws IOException {
        return rewrite(kjar, (name, bytes) -> bytes, true);
    }

    private interface EntryRewrite {
        byte[] apply(String name, byte[] bytes);
    }

    private static byte[] rewrite(byte[] zip, EntryRewrite f, boolean normalise) throws IOException {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), e.isDirectory() ? null : f.apply(e.getName(), in.readAllBytes()));
            }
        }
        Map<String, byte[]> ordered = normalise ? new TreeMap<>(entries) : entries;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : ordered.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                if (normalise) {
                    entry.setTime(FIXED_TIME);
                }
                out.putNextEntry(entry);
                if (e.getValue() != null) {
                    out.write(e.getValue());
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** 2026-01-01T00:00:00Z. */
    private static final long FIXED_TIME = 1_767_225_600_000L;
}
