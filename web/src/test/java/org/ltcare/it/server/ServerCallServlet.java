package org.ltcare.it.server;

import jakarta.enterprise.inject.spi.Unmanaged;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Runs one method of a test class inside the server, on an instance whose {@code @Inject} fields CDI filled, and
 * answers its result as lines: how a browser test (which runs on the client) builds its own data through the
 * services and checks what the browser stored, within one test method. Only in the test deployment.
 */
@WebServlet(ServerCall.PATH)
public class ServerCallServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("text/plain");
        String[] args = request.getParameterValues("arg") == null ? new String[0] : request.getParameterValues("arg");
        try {
            Class<?> type = Class.forName(request.getParameter("class"), true,
                    Thread.currentThread().getContextClassLoader());
            response.getWriter().write(String.join("\n", call(type, request.getParameter("method"), args)));
        } catch (InvocationTargetException e) {
            fail(response, e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            fail(response, e);
        }
    }

    private static <T> List<String> call(Class<T> type, String name, String[] args)
            throws ReflectiveOperationException {
        // The test class's own methods first, then those it inherits (IntegrationTest's shared ones).
        Method method = java.util.stream.Stream.<Class<?>>iterate(type, c -> c != null, Class::getSuperclass)
                .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == args.length)
                .filter(m -> Arrays.stream(m.getParameterTypes()).allMatch(String.class::equals))
                .findFirst().orElseThrow(() -> new NoSuchMethodException(type.getName() + "." + name + " with "
                        + args.length + " String parameters"));
        method.setAccessible(true);
        Unmanaged.UnmanagedInstance<T> instance = new Unmanaged<>(type).newInstance();
        try {
            Object result = method.invoke(instance.produce().inject().postConstruct().get(), (Object[]) args);
            return lines(result);
        } finally {
            instance.preDestroy().dispose();
        }
    }

    private static List<String> lines(Object result) {
        if (result == null) {
            return List.of();
        }
        Collection<?> values = result instanceof Collection<?> c ? c
                : result instanceof Object[] array ? Arrays.asList(array) : List.of(result);
        return values.stream().map(String::valueOf).peek(line -> {
            if (line.contains("\n")) {
                throw new IllegalArgumentException("a server call answers single lines: " + line);
            }
        }).toList();
    }

    private static void fail(HttpServletResponse response, Throwable failure) throws IOException {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        response.getWriter().write(trace.toString());
    }
}
