package io.dudao.internal.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Mustache templates of the HTML pages ({@code templates/*.mustache} beside this class), compiled once.
 * Every {@code {{value}}} is HTML-escaped by Mustache. The one triple brace, in {@code summary.mustache}, inserts
 * the library's own sorting script, never data. Thread-safe.
 */
final class Templates {

    private static final MustacheFactory FACTORY = new DefaultMustacheFactory("io/dudao/internal/report/templates");
    private static final Map<String, Mustache> COMPILED = new ConcurrentHashMap<>();

    private Templates() {
    }

    /** {@code name}.mustache rendered with {@code scope}. */
    static String render(String name, Object scope) {
        Mustache m = COMPILED.computeIfAbsent(name, n -> FACTORY.compile(n + ".mustache"));
        StringWriter out = new StringWriter();
        try {
            m.execute(out, scope).flush();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
