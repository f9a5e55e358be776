package org.ltcare.it;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the application offers, read from the application itself: its pages (the views under the webapp directory
 * a browser can open) and its REST operations (the resource methods of the API's classes), so that a test can
 * require a decision for each of them.
 */
final class ApplicationSurface {

    /** The REST API's root package and the path it is mounted under ({@code LtcApi}). */
    private static final String API_PACKAGE = "org.ltcare.api";
    private static final String API_ROOT = "/api/";

    private static final Map<Class<? extends Annotation>, String> VERBS = Map.of(GET.class, "GET", POST.class, "POST",
            PUT.class, "PUT", DELETE.class, "DELETE");

    /** A view that is a page: a whole document, or a composition of a template. The rest are included fragments. */
    private static final Pattern PAGE = Pattern.compile("<html|<ui:composition[^>]*\\btemplate=\"");

    private ApplicationSurface() {
    }

    /**
     * The pages under {@code webapp} ("/applications/detail.xhtml"): every view outside WEB-INF and resources that
     * is a page, not a fragment included by one.
     */
    static TreeSet<String> pages(Path webapp) {
        try (Stream<Path> files = Files.walk(webapp)) {
            TreeSet<String> pages = new TreeSet<>();
            files.filter(f -> f.toString().endsWith(".xhtml")).forEach(file -> {
                String path = "/" + webapp.relativize(file).toString().replace('\\', '/');
                if (!path.startsWith("/WEB-INF/") && !path.startsWith("/resources/") && isPage(file)) {
                    pages.add(path);
                }
            });
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isPage(Path file) {
        try {
            return PAGE.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The REST operations ("GET /api/v1/applications/{id}") of every resource class in the API's packages. */
    static TreeSet<String> operations() {
        TreeSet<String> operations = new TreeSet<>();
        for (Class<?> type : apiClasses()) {
            jakarta.ws.rs.Path classPath = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                VERBS.forEach((annotation, verb) -> {
                    if (method.isAnnotationPresent(annotation)) {
                        jakarta.ws.rs.Path methodPath = method.getAnnotation(jakarta.ws.rs.Path.class);
                        operations.add(verb + " " + join(classPath.value(), methodPath == null ? "" : methodPath.value()));
                    }
                });
            }
        }
        return operations;
    }

    private static String join(String classPath, String methodPath) {
        String path = API_ROOT + trim(classPath) + (methodPath.isEmpty() ? "" : "/" + trim(methodPath));
        return path.replaceAll("/+$", "");
    }

    private static String trim(String path) {
        return path.replaceAll("^/+|/+$", "");
    }

    /** The classes of the API's packages in every class-path directory (main and test classes alike). */
    private static List<Class<?>> apiClasses() {
        List<Class<?>> classes = new ArrayList<>();
        try {
            Enumeration<URL> roots = ApplicationSurface.class.getClassLoader()
                    .getResources(API_PACKAGE.replace('.', '/'));
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (!"file".equals(root.getProtocol())) {
                    throw new IllegalStateException("the API's classes are not in a directory: " + root);
                }
                Path base = Path.of(root.toURI());
                try (Stream<Path> files = Files.walk(base)) {
                    files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
                            .map(f -> API_PACKAGE + "." + base.relativize(f).toString().replace('/', '.')
                                    .replace('\\', '.').replaceAll("\\.class$", ""))
                            .forEach(name -> classes.add(load(name)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return classes;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ApplicationSurface.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
