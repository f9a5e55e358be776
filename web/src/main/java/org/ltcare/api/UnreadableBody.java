package org.ltcare.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A well-formed JSON body the binding could not read into the operation's fields (a text where a list belongs, a
 * name that is not one of an enumeration's): 400 naming the field by its path ("records[0].date"). Replaces
 * RESTEasy's own mapper, which answers plain text.
 */
@Provider
public class UnreadableBody implements ExceptionMapper<JsonProcessingException> {

    @jakarta.ws.rs.core.Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(JsonProcessingException e) {
        return answer(headers, e);
    }

    static boolean isCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException || t instanceof jakarta.json.JsonException
                    || t instanceof jakarta.ws.rs.ProcessingException) {
                return true;
            }
        }
        return false;
    }

    static Response answer(HttpHeaders headers, Throwable e) {
        return ApiErrors.answer(400, ApiErrors.one(headers, fieldOf(e), "api.body.unreadable"));
    }

    private static String fieldOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonMappingException mapping) {
                StringBuilder path = new StringBuilder();
                for (JsonMappingException.Reference step : mapping.getPath()) {
                    if (step.getFieldName() != null) {
                        path.append(path.length() == 0 ? "" : ".").append(step.getFieldName());
                    } else if (step.getIndex() >= 0) {
                        path.append('[').append(step.getIndex()).append(']');
                    }
                }
                return path.toString();
            }
        }
        return "";
    }
}
