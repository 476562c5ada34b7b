package io.dudao.internal.ruleset;

import io.dudao.api.RuleProblem;
import io.dudao.api.RulesException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Where a rule set's files are: a directory, or the classpath (a folder or a jar). */
public final class RuleSetSource {

    /** The manifest of the bundled rule set on the classpath. */
    public static final String BUNDLED_MANIFEST = "dudao/rules/ruleset.yaml";

    private final Path root;
    private final String description;
    private final boolean bundled;

    private RuleSetSource(Path root, String description, boolean bundled) {
        this.root = root;
        this.description = description;
        this.bundled = bundled;
    }

    /** The rule set in {@code directory}. */
    public static RuleSetSource directory(Path directory) {
        return new RuleSetSource(directory.toAbsolutePath().normalize(), directory.toString(), false);
    }

    /** The rule set bundled on the classpath under {@code dudao/rules/}. */
    public static RuleSetSource classpath() {
        URL url = RuleSetSource.class.getClassLoader().getResource(BUNDLED_MANIFEST);
        if (url == null) {
            throw new RulesException("rules.invalid", List.of(new RuleProblem("classpath:" + BUNDLED_MANIFEST, 0, 0,
                    "no bundled rule set on the classpath; add the io.dudao:dudao-rules artifact or use rulesDirectory(...)")));
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return new RuleSetSource(fs.provider().getPath(uri).getParent(), "classpath:dudao/rules", true);
            }
            return new RuleSetSource(Path.of(uri).getParent(), "classpath:dudao/rules", true);
        } catch (URISyntaxException | IOException e) {
            throw new RulesException("rules.invalid", List.of(new RuleProblem("classpath:" + BUNDLED_MANIFEST, 0, 0,
                    "cannot open the bundled rule set: " + e.getMessage())));
        }
    }

    /** Whether this is the rule set bundled on the class path (which may come precompiled), not a directory. */
    public boolean bundled() {
        return bundled;
    }

    /** The folder holding {@code ruleset.yaml}. */
    public Path root() {
        return root;
    }

    @Override
    public String toString() {
        return description;
    }
}
