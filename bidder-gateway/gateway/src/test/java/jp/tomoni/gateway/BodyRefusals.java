package jp.tomoni.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

/** What every refusal of a retailer's body must be, whichever endpoint read it. */
final class BodyRefusals {

    private BodyRefusals() {
    }

    /**
     * {@code thrown}, from reading {@code body}, is the gateway's 400 problem with one of {@code codes} and a
     * message that shows nothing of the gateway's insides.
     */
    static void assertRefusedAs400(Throwable thrown, String body, Set<String> codes) {
        assertThat(thrown).as(body).isInstanceOf(GatewayException.class);
        GatewayException refusal = (GatewayException) thrown;
        assertThat(refusal.status()).as(body).isEqualTo(400);
        assertThat(refusal.code()).as(body).isIn(codes);
        assertThat(refusal.getMessage()).as(body).doesNotContain("jp.tomoni").doesNotContain("java.");
    }
}
