package uk.gov.ects.desk.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicLong;
import retrofit2.Call;
import uk.gov.ects.desk.client.api.ChangesApi;
import uk.gov.ects.desk.client.api.dto.ChangePageDto;

/**
 * The real change feed client, with the time spent waiting for each page added up: the service's
 * work, HTTP and JSON parsing on one side, the rest of the sync (the cache's writes) on the other.
 */
final class TimedChanges implements ChangesApi {

    private final ChangesApi real;
    private final AtomicLong nanosFetching = new AtomicLong();

    TimedChanges(ChangesApi real) {
        this.real = real;
    }

    @Override
    public Call<ChangePageDto> changes(long after, int limit) {
        return timed(real.changes(after, limit));
    }

    @Override
    public Call<ChangePageDto> snapshot(long after, int limit) {
        return timed(real.snapshot(after, limit));
    }

    double secondsFetching() {
        return nanosFetching.get() / 1e9;
    }

    @SuppressWarnings("unchecked")
    private Call<ChangePageDto> timed(Call<ChangePageDto> call) {
        return (Call<ChangePageDto>) Proxy.newProxyInstance(Call.class.getClassLoader(), new Class<?>[] {Call.class},
                (proxy, method, args) -> {
                    long started = System.nanoTime();
                    try {
                        return method.invoke(call, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    } finally {
                        if (method.getName().equals("execute")) {
                            nanosFetching.addAndGet(System.nanoTime() - started);
                        }
                    }
                });
    }
}
