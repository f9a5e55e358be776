package org.ltcare.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 24: what a view-scoped or session-scoped bean keeps is copied with the session to another node after each
 * request, so it must be serializable — the cluster test found the case page keeping a record that was not, whose
 * copy failed on every request. Each such bean's fields (not the injected ones: the container's proxies copy
 * themselves) are checked with their collections' and maps' element types.
 */
class ViewStateCopyTest {

    @Test
    void whatAViewOrSessionKeepsCanBeCopiedToAnotherNode() throws Exception {
        List<String> notCopyable = new ArrayList<>();
        int beans = 0;
        for (Class<?> bean : webClasses()) {
            if (!bean.isAnnotationPresent(ViewScoped.class) && !bean.isAnnotationPresent(SessionScoped.class)) {
                continue;
            }
            beans++;
            for (Class<?> type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)
                            || field.isAnnotationPresent(Inject.class)) {
                        continue;
                    }
                    notCopyable(field.getGenericType(), new HashSet<>()).ifPresent(
                            what -> notCopyable.add(bean.getSimpleName() + "." + field.getName() + ": " + what));
                }
            }
        }
        assertThat(beans).as("view- and session-scoped beans found").isGreaterThan(30);
        assertThat(notCopyable).isEmpty();
    }

    /**
     * The first type within {@code type} that cannot be copied — its own, its elements', or for the application's own
     * types any of their fields' — empty when all can.
     */
    private static Optional<String> notCopyable(Type type, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)
                    || Optional.class.equals(raw)) {
                for (Type argument : parameterized.getActualTypeArguments()) {
                    Optional<String> inner = notCopyable(argument, seen);
                    if (inner.isPresent()) {
                        return inner;
                    }
                }
                return Optional.empty();
            }
            return notCopyable(raw, seen);
        }
        if (type instanceof Class<?> c) {
            if (c.isArray()) {
                return notCopyable(c.getComponentType(), seen);
            }
            // an interface, or Object, is decided by what is put there at run time
            if (c.isPrimitive() || c.isInterface() || c == Object.class || !seen.add(c)) {
                return Optional.empty();
            }
            if (!Serializable.class.isAssignableFrom(c)) {
                return Optional.of(c.getName());
            }
            return c.getName().startsWith("org.ltcare.") ? fieldsOf(c, seen) : Optional.empty();
        }
        return Optional.empty(); // a type variable or wildcard: decided where it is bound
    }

    private static Optional<String> fieldsOf(Class<?> c, Set<Class<?>> seen) {
        for (Class<?> type = c; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())) {
                    Optional<String> inner = notCopyable(field.getGenericType(), seen);
                    if (inner.isPresent()) {
                        return Optional.of(inner.get() + " (in " + c.getSimpleName() + "." + field.getName() + ")");
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static List<Class<?>> webClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(org.ltcare.web.i18n.Messages.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("org/ltcare/web"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name, false, ViewStateCopyTest.class.getClassLoader()));
            }
        }
        return classes;
    }
}
