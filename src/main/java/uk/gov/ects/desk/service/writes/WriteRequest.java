package uk.gov.ects.desk.service.writes;

import java.util.Map;

/** What a write operation parses: the path's parameters and the JSON body. */
public record WriteRequest(Map<String, String> pathParams, Body body) {

    public String path(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalArgumentException("No path parameter " + name);
        }
        return value;
    }

    /** A path parameter that must be a whole number (a cohort year); otherwise 404, as for an unknown path. */
    public int pathInt(String name, String what) {
        String value = path(name);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw uk.gov.ects.desk.service.http.ApiError.notFound(what, value);
        }
    }
}
