package uk.gov.ects.desk.client.api;

import com.google.gson.JsonParseException;
import java.io.IOException;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;
import uk.gov.ects.desk.client.api.dto.ErrorEnvelopeDto;

/** Runs a call on the current (background) thread and classifies its outcome once. */
public final class ApiCalls {

    private ApiCalls() {
    }

    /**
     * Executes {@code call}; returns the parsed body of a 2xx answer or throws the one
     * {@link ApiException} that describes what went wrong. Never call on the JavaFX thread.
     */
    public static <T> T execute(Call<T> call) throws ApiException {
        Response<T> response;
        try {
            response = call.execute();
        } catch (JsonParseException | IllegalStateException e) {
            // Gson reports a body of the wrong shape as a runtime exception.
            throw new ApiException.Unexpected("unreadable body: " + e.getClass().getSimpleName(), e);
        } catch (IOException e) {
            if (isParseFailure(e)) {
                throw new ApiException.Unexpected("unreadable body: " + e.getClass().getSimpleName(), e);
            }
            throw new ApiException.Offline(e);
        }
        return classify(response);
    }

    static <T> T classify(Response<T> response) throws ApiException {
        int status = response.code();
        if (response.isSuccessful()) {
            T body = response.body();
            if (body == null) {
                throw new ApiException.Unexpected("empty body with status " + status, null);
            }
            return body;
        }
        if (status == 401) {
            throw new ApiException.Unauthorised();
        }
        if (status == 403) {
            throw new ApiException.Forbidden();
        }
        if (status >= 400 && status < 500) {
            throw new ApiException.ClientError(status, readErrors(response.errorBody()));
        }
        if (status >= 500 && status < 600) {
            throw new ApiException.ServerError(status);
        }
        throw new ApiException.Unexpected("status " + status, null);
    }

    /** The error envelope, or null if the body is missing or not one (the status still tells the story). */
    private static ErrorEnvelopeDto readErrors(ResponseBody body) {
        if (body == null) {
            return null;
        }
        try (body) {
            return ApiJson.gson().fromJson(body.charStream(), ErrorEnvelopeDto.class);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Gson wraps malformed JSON read from a stream in an IOException subclass; tell it apart from a network fault. */
    private static boolean isParseFailure(IOException e) {
        return e instanceof com.google.gson.stream.MalformedJsonException
                || e.getCause() instanceof JsonParseException
                || e.getCause() instanceof IllegalStateException;
    }
}
