package uk.gov.ects.desk.service.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import uk.gov.ects.desk.service.SupportService;
import uk.gov.ects.desk.model.support.Role;
import uk.gov.ects.desk.service.store.Database;

/** A fresh store (see {@link TestStores}) and a running service on a free loopback port per test. */
public abstract class ServiceTestBase {

    protected Database db;
    protected Fixture fixture;
    protected SupportService service;
    protected Api api;
    protected String viewer;

    @BeforeEach
    void startService() {
        db = TestStores.fresh("service-test");
        fixture = new Fixture(db);
        service = new SupportService(db, "127.0.0.1", 0).start();
        api = new Api(service.port());
        viewer = fixture.token(Role.VIEWER);
    }

    @AfterEach
    void stopService() {
        service.stop();
        TestStores.dispose(db);
    }

    protected static List<String> ids(Api.Reply reply) {
        List<String> ids = new ArrayList<>();
        for (JsonElement element : reply.json().getAsJsonArray("data")) {
            ids.add(element.getAsJsonObject().get("id").getAsString());
        }
        return ids;
    }

    protected static void assertError(Api.Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.header("Content-Type").startsWith("application/json"), reply.header("Content-Type"));
        JsonArray errors = reply.json().getAsJsonArray("errors");
        assertEquals(1, errors.size());
        assertEquals(String.valueOf(status), errors.get(0).getAsJsonObject().get("status").getAsString());
        assertEquals(code, errors.get(0).getAsJsonObject().get("code").getAsString());
        assertTrue(errors.get(0).getAsJsonObject().has("source"), "source is always present");
    }
}
