package io.dudao.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The public API (api, facts, rulemodel) never exposes internals or the engine's types. */
class PublicApiTest {

    private static final List<String> PUBLIC_PACKAGES = List.of("io.dudao.api", "io.dudao.api.scenario", "io.dudao.facts", "io.dudao.rulemodel");
    private static final List<String> FORBIDDEN = List.of(".internal.", "org.kie.", "org.drools.");

    @Test
    void publicSignatures_neverMentionInternalsOrTheEngine() throws Exception {
        List<String> violations = new ArrayList<>();
        List<Class<?>> classes = publicClasses();
        assertThat(classes).hasSizeGreaterThan(30);
        for (Class<?> c : classes) {
            List<Type> types = new ArrayList<>();
            if (c.getGenericSuperclass() != null) {
                types.add(c.getGenericSuperclass());
            }
            types.addAll(List.of(c.getGenericInterfaces()));
            for (Method m : c.getDeclaredMethods()) {
                if (visible(m.getModifiers())) {
                    check(violations, c, m.toGenericString(), m.getGenericReturnType());
                    for (Type t : m.getGenericParameterTypes()) {
                        check(violations, c, m.toGenericString(), t);
                    }
                    for (Type t : m.getGenericExceptionTypes()) {
                        check(violations, c, m.toGenericString(), t);
                    }
                }
            }
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (visible(k.getModifiers())) {
                    for (Type t : k.getGenericParameterTypes()) {
                        check(violations, c, k.toGenericString(), t);
                    }
                }
            }
            for (Field f : c.getDeclaredFields()) {
                if (visible(f.getModifiers())) {
                    check(violations, c, f.toGenericString(), f.getGenericType());
                }
            }
            if (c.isRecord()) {
                for (RecordComponent rc : c.getRecordComponents()) {
                    check(violations, c, rc.toString(), rc.getGenericType());
                }
            }
            for (Type t : types) {
                check(violations, c, "supertype", t);
            }
        }
        assertThat(violations).isEmpty();
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void check(List<String> violations, Class<?> owner, String where, Type type) {
        String name = type.getTypeName();
        for (String f : FORBIDDEN) {
            if (name.contains(f) || name.startsWith(f.substring(0, f.length() - 1))) {
                violations.add(owner.getName() + ": " + where + " mentions " + name);
            }
        }
    }

    private static List<Class<?>> publicClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(Evaluator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> out = new ArrayList<>();
        for (String pkg : PUBLIC_PACKAGES) {
            Path dir = root.resolve(pkg.replace('.', '/'));
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                    String simple = p.getFileName().toString().replace(".class", "");
                    if (simple.equals("package-info")) {
                        continue;
                    }
                    Class<?> c = Class.forName(pkg + "." + simple);
                    if (Modifier.isPublic(c.getModifiers())) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }
}
