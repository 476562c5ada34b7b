package io.dudao.internal.text;

import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.codes.CommentCode;
import com.github.mustachejava.codes.IterableCode;
import com.github.mustachejava.codes.NotIterableCode;
import com.github.mustachejava.codes.ValueCode;
import com.github.mustachejava.codes.WriteCode;
import com.github.mustachejava.reflect.MapObjectHandler;
import io.dudao.api.RuleProblem;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compiles templates (Mustache syntax: {@code {{name}}}, sections {@code {{#name}}…{{/name}}}, inverted
 * sections {@code {{^name}}…{{/name}}}) and checks them against a {@link Vocabulary}: every name must be
 * one the view has at that point, and a name a view may lack must be inside a section on it (or on the
 * name it comes with), so that no explanation prints an empty gap. Partials, template inheritance and
 * dotted names are refused. Output is not HTML-escaped; views hold only maps, lists, strings and booleans,
 * and names are looked up in maps only, never by reflection.
 *
 * <p>Design note. Mustache falls back to enclosing scopes when a name is not in the current one; the
 * checker follows the same rule, level by level, and a section guards a name only at the level where it
 * resolved. {@link ViewBuilder} puts every declared name of a list item into the item (empty when absent),
 * so an item never falls through to its parent's value of the same name.
 */
final class TemplateChecker {

    /** Mustache factory shared by all templates: no partials, no escaping, map look-ups only. */
    private static final DefaultMustacheFactory FACTORY = factory();

    private TemplateChecker() {
    }

    private static DefaultMustacheFactory factory() {
        DefaultMustacheFactory f = new DefaultMustacheFactory(name -> null) {
            @Override
            public void encode(String value, Writer writer) {
                try {
                    writer.write(value);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        f.setObjectHandler(new MapObjectHandler());
        return f;
    }

    /**
     * Compiles the template of {@code entry} and checks it against {@code names}; problems go to
     * {@code problems}.
     *
     * @param what describes what the template is for, e.g. "a FAIL result of QB2017-R1 (a judged school part)"
     * @return the template, or {@code null} when it does not compile or has a problem
     */
    static Mustache compile(String file, MessageFile.Entry entry, Map<String, Vocabulary.Name> names, String what,
                            List<RuleProblem> problems) {
        Mustache m;
        try {
            synchronized (FACTORY) {
                m = FACTORY.compile(new StringReader(entry.value()), file + ":" + entry.key());
            }
        } catch (MustacheException | UncheckedIOException e) {
            String msg = e.getMessage() == null ? e.toString() : e.getMessage().replaceAll("\\s*@\\[[^\\]]*]\\s*$", "");
            if (e.getCause() instanceof com.github.mustachejava.MustacheNotFoundException
                    || e instanceof com.github.mustachejava.MustacheNotFoundException) {
                msg = "partials ({{> name}}) are not supported";
            }
            problems.add(new RuleProblem(file, entry.line(), 1, entry.key() + ": template syntax: " + msg));
            return null;
        }
        int before = problems.size();
        List<Map<String, Vocabulary.Name>> scopes = new ArrayList<>();
        scopes.add(names);
        walk(m.getCodes(), scopes, new ArrayList<>(), file, entry, what, problems);
        return problems.size() == before ? m : null;
    }

    private record Guard(int level, String name) {
    }

    private record Resolved(int level, Vocabulary.Name name) {
    }

    private static void walk(Code[] codes, List<Map<String, Vocabulary.Name>> scopes, List<Guard> guards, String file,
                             MessageFile.Entry entry, String what, List<RuleProblem> problems) {
        if (codes == null) {
            return;
        }
        for (Code code : codes) {
            if (code == null || code instanceof WriteCode || code instanceof CommentCode) {
                continue;
            }
            String name = code.getName();
            boolean value = code instanceof ValueCode;
            boolean section = code instanceof IterableCode && !(code instanceof NotIterableCode);
            boolean inverted = code instanceof NotIterableCode;
            if (!value && !section && !inverted) {
                if (name != null || (code.getCodes() != null && code.getCodes().length > 0)) {
                    problems.add(problem(file, entry, name, entry.key() + ": {{" + kind(code) + (name == null ? "" : name)
                            + "}}: partials and template inheritance are not supported"));
                }
                continue;
            }
            if (name == null || name.equals(".") || name.contains(".")) {
                problems.add(problem(file, entry, name, entry.key() + ": {{" + name + "}}: dotted names are not"
                        + " supported; open a section instead ({{#list}}{{item}}{{/list}})"));
                walk(code.getCodes(), scopes, guards, file, entry, what, problems);
                continue;
            }
            Resolved r = resolve(scopes, name);
            if (r == null) {
                problems.add(problem(file, entry, name, entry.key() + ": {{" + name + "}} is not an argument of "
                        + what + "; it can use " + available(scopes)));
                walk(code.getCodes(), scopes, guards, file, entry, what, problems);
                continue;
            }
            if (value) {
                Vocabulary.Name n = r.name();
                boolean guarded = n.always() || guards.contains(new Guard(r.level(), name))
                        || (n.presentWith() != null && guards.contains(new Guard(r.level(), n.presentWith())));
                if (!guarded) {
                    String guard = n.presentWith() != null ? n.presentWith() : name;
                    problems.add(problem(file, entry, name, entry.key() + ": {{" + name + "}} may be absent in "
                            + what + "; write it inside {{#" + guard + "}}…{{/" + guard + "}}"));
                }
                if (n.item() != null && !n.anyType()) {
                    problems.add(problem(file, entry, name, entry.key() + ": {{" + name + "}} is a list; write its items"
                            + " with {{#" + name + "}}{{sep}}…{{/" + name + "}}"));
                }
            } else if (section) {
                List<Guard> inner = new ArrayList<>(guards);
                inner.add(new Guard(r.level(), name));
                List<Map<String, Vocabulary.Name>> innerScopes = scopes;
                if (r.name().item() != null) {
                    innerScopes = new ArrayList<>(scopes);
                    innerScopes.add(r.name().item());
                }
                walk(code.getCodes(), innerScopes, inner, file, entry, what, problems);
            } else {
                walk(code.getCodes(), scopes, guards, file, entry, what, problems);
            }
        }
    }

    private static String kind(Code code) {
        String simple = code.getClass().getSimpleName();
        return simple.startsWith("Partial") || simple.startsWith("DynamicPartial") ? "> " : simple.startsWith("Extend") ? "< " : "";
    }

    private static Resolved resolve(List<Map<String, Vocabulary.Name>> scopes, String name) {
        for (int i = scopes.size() - 1; i >= 0; i--) {
            Vocabulary.Name n = scopes.get(i).get(name);
            if (n != null) {
                return new Resolved(i, n);
            }
        }
        return null;
    }

    private static String available(List<Map<String, Vocabulary.Name>> scopes) {
        TreeSet<String> inner = new TreeSet<>(scopes.get(scopes.size() - 1).keySet());
        if (scopes.size() == 1) {
            return String.join(", ", inner);
        }
        TreeSet<String> outer = new TreeSet<>();
        for (int i = 0; i < scopes.size() - 1; i++) {
            outer.addAll(scopes.get(i).keySet());
        }
        outer.removeAll(inner);
        return "(in this list item) " + String.join(", ", inner) + "; (outside it) " + String.join(", ", outer);
    }

    private static RuleProblem problem(String file, MessageFile.Entry entry, String name, String message) {
        int[] at = name == null ? new int[] {entry.line(), 1} : locate(entry, name);
        return new RuleProblem(file, at[0], at[1], message);
    }

    private static int[] locate(MessageFile.Entry entry, String name) {
        for (String prefix : new String[] {"{{", "{{#", "{{^", "{{&", "{{{", "{{ ", "{{# ", "{{^ "}) {
            int[] at = entry.locate(prefix + name);
            if (at != null) {
                return at;
            }
        }
        return new int[] {entry.line(), 1};
    }
}
