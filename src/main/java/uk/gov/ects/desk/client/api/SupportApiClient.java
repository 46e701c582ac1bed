package uk.gov.ects.desk.client.api;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/**
 * The one HTTP client of the desktop app: one OkHttpClient (explicit timeouts, bearer token) and
 * one Retrofit, handing out the small per-resource interfaces. No HTTP logging at all: URLs carry
 * search text (names, emails, TRNs) and headers carry the token.
 */
public final class SupportApiClient implements AutoCloseable {

    private final OkHttpClient http;
    private final Retrofit retrofit;

    public SupportApiClient(ApiSettings settings) {
        this.http = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.writeTimeout())
                .callTimeout(settings.callTimeout())
                // A keep-alive connection the service closed while idle fails the next request on it;
                // OkHttp then retries on a fresh one. Safe for writes too: each carries an
                // Idempotency-Key, so a repeat is answered from the first.
                .retryOnConnectionFailure(true)
                .addInterceptor(new BearerToken(settings))
                .build();
        this.retrofit = new Retrofit.Builder()
                .baseUrl(settings.baseUrl())
                .client(http)
                .addConverterFactory(GsonConverterFactory.create(ApiJson.gson()))
                .build();
    }

    public <T> T create(Class<T> api) {
        return retrofit.create(api);
    }

    public MeApi me() {
        return create(MeApi.class);
    }

    public SchoolsApi schools() {
        return create(SchoolsApi.class);
    }

    public ParticipantsApi participants() {
        return create(ParticipantsApi.class);
    }

    public PartnershipsApi partnerships() {
        return create(PartnershipsApi.class);
    }

    public ReferenceApi reference() {
        return create(ReferenceApi.class);
    }

    public ChangesApi changes() {
        return create(ChangesApi.class);
    }

    public EmailsApi emails() {
        return create(EmailsApi.class);
    }

    public NotesApi notes() {
        return create(NotesApi.class);
    }

    public TicketsApi tickets() {
        return create(TicketsApi.class);
    }

    public TeacherRecordsApi teacherRecords() {
        return create(TeacherRecordsApi.class);
    }

    /** Writes of any kind, for the outbox (it adds the Idempotency-Key and If-Match itself). */
    public WritesApi writes() {
        return create(WritesApi.class);
    }

    /** Cancels calls in flight and frees the connection pool and threads. */
    @Override
    public void close() {
        http.dispatcher().cancelAll();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private static final class BearerToken implements Interceptor {
        private final ApiSettings settings;

        BearerToken(ApiSettings settings) {
            this.settings = settings;
        }

        @Override
        public Response intercept(Chain chain) throws IOException {
            String token = settings.token().get();
            Request request = chain.request();
            if (token == null || token.isBlank()) {
                return chain.proceed(request);
            }
            return chain.proceed(request.newBuilder().header("Authorization", "Bearer " + token).build());
        }
    }
}
