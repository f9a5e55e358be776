package org.ltcare.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ltcare.shared.security.PeopleNames;

/**
 * Pages name people by their display names: {@code #{people.name(c.approved.by)}}, or several steps' people joined
 * with " · " leaving out the steps not taken yet. Looked up once per user name and request.
 */
@Named
@RequestScoped
public class People {

    @Inject
    private PeopleNames names;

    private final Map<String, String> seen = new HashMap<>();

    public String name(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return seen.computeIfAbsent(username, u -> names.of(List.of(u)).getOrDefault(u, u));
    }

    /** "王芳 · 李强" for the people of the steps taken so far, in order. */
    public String names(String first, String second, String third) {
        return Stream.of(first, second, third).filter(Objects::nonNull).filter(u -> !u.isBlank()).map(this::name)
                .collect(Collectors.joining(" · "));
    }
}
