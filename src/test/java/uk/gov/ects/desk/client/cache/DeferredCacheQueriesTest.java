package uk.gov.ects.desk.client.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app reads the cache through {@link DeferredCacheQueries}: a query it does not pass on answers
 * the interface's empty default, and the app silently shows nothing (a programme form with no
 * cohorts; a change sent without If-Match because the version was "unknown").
 */
class DeferredCacheQueriesTest {

    @Test
    @DisplayName("every cache query, ticket queries included, is passed on to the opened cache")
    void passesEveryQueryOn() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Class<?> queries : List.of(CacheQueries.class, TicketQueries.class)) {
            for (Method method : queries.getMethods()) {
                if (Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                Method answered = DeferredCacheQueries.class.getMethod(method.getName(), method.getParameterTypes());
                if (answered.getDeclaringClass() != DeferredCacheQueries.class) {
                    missing.add(queries.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), missing, "queries answered by the interface's empty default instead of the cache");
    }

    @Test
    @DisplayName("a form's version (sent as If-Match) comes from the real cache once it is open")
    void versionFromTheCache(@TempDir Path dir) {
        try (LocalCache cache = LocalCache.open(dir.resolve("cache"), CacheKey.fromKeyFile(dir.resolve("cache.key")))) {
            cache.inTransaction(tx -> {
                CachedResources.put(tx, new uk.gov.ects.desk.client.api.dto.ResourceDto("100001", "school", 7L,
                        com.google.gson.JsonParser.parseString("{\"urn\":\"100001\",\"name\":\"Oak Primary\"}").getAsJsonObject()));
                return null;
            });
            DeferredCacheQueries deferred = new DeferredCacheQueries();
            deferred.open(cache);

            assertEquals(java.util.Optional.of(7L), deferred.version("school", "100001"), "sent as If-Match");
        }
    }
}
