package uk.gov.ects.desk.client.session;

import java.time.Duration;
import uk.gov.ects.desk.client.api.ApiCalls;
import uk.gov.ects.desk.client.api.ApiException;
import uk.gov.ects.desk.client.api.ApiJson;
import uk.gov.ects.desk.client.api.ApiSettings;
import uk.gov.ects.desk.client.api.MeApi;
import uk.gov.ects.desk.client.api.SupportApiClient;
import uk.gov.ects.desk.client.api.dto.MeDto;
import uk.gov.ects.desk.client.api.dto.ResourceEnvelopeDto;

/** GET /me: whom a token belongs to. Blocks; call off the UI thread. */
public final class WhoAmI {

    private WhoAmI() {
    }

    /** Asks the service at {@code baseUrl} with {@code token}, on a short-lived client of its own. */
    public static SignedInAgent ask(String baseUrl, String token) throws ApiException {
        ApiSettings settings = ApiSettings.of(baseUrl, () -> token).withTimeouts(Duration.ofSeconds(5),
                Duration.ofSeconds(15), Duration.ofSeconds(15), Duration.ofSeconds(20));
        try (SupportApiClient client = new SupportApiClient(settings)) {
            return ask(client.me());
        }
    }

    /** Asks through an existing client (whose token supplier says which token). */
    public static SignedInAgent ask(MeApi me) throws ApiException {
        ResourceEnvelopeDto answer = ApiCalls.execute(me.me());
        if (answer.data() == null || answer.data().attributes() == null) {
            throw new ApiException.Unexpected("GET /me without data", null);
        }
        MeDto attributes = ApiJson.gson().fromJson(answer.data().attributes(), MeDto.class);
        return new SignedInAgent(answer.data().id(), attributes.name(), attributes.role());
    }
}
