package org.ltcare.policy.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ltcare.policy.rules.CareType;

/**
 * The reference catalogue a newly installed rule set starts with, read from reference-service-items.csv beside
 * this class (data, not code: a city replaces it on its own drafts through the catalogue screen).
 */
public final class ReferenceServiceItems {

    private static final String RESOURCE = "reference-service-items.csv";

    private ReferenceServiceItems() {
    }

    public static List<ServiceItemForm> all() {
        try (InputStream in = ReferenceServiceItems.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            List<ServiceItemForm> items = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    items.add(parse(line).check());
                }
            }
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ServiceItemForm parse(String line) {
        String[] f = line.split(",", -1);
        if (f.length != 7) {
            throw new IllegalStateException(RESOURCE + ": 7 fields expected in " + line);
        }
        Set<CareType> careTypes = Arrays.stream(f[6].split(";")).map(String::trim).map(CareType::valueOf)
                .collect(Collectors.toSet());
        return new ServiceItemForm(f[0], f[1], ServiceCategory.valueOf(f[2]), f[3], Integer.valueOf(f[4]),
                new BigDecimal(f[5]), careTypes);
    }
}
