package org.ltcare.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's JSON mapper: dates and instants as ISO text ({@code "2026-06-01"}, {@code "2026-12-07T02:30:00Z"}), as
 * the OpenAPI document declares them — RESTEasy's default mapper wrote a {@code LocalDate} as {@code [2026,6,1]}.
 * One mapper for the application: it is thread-safe once configured.
 */
@Provider
public class JsonDates implements ContextResolver<ObjectMapper> {

    /** RESTEasy's own default (Jackson's defaults, the modules found) but for the dates. */
    private static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules()
            .addModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return MAPPER;
    }
}
