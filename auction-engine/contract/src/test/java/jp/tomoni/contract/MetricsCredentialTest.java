package jp.tomoni.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only {@code Bearer TOKEN} with the configured token opens the metrics; no token configured opens nothing. */
class MetricsCredentialTest {

    @Test
    void onlyTheConfiguredTokenAsABearerIsAdmitted() {
        MetricsCredential credential = new MetricsCredential("s3cret-token");
        assertThat(credential.configured()).isTrue();
        assertThat(credential.admits("Bearer s3cret-token")).isTrue();
        assertThat(credential.admits("bearer s3cret-token ")).as("the scheme is case-insensitive").isTrue();
        assertThat(credential.admits("Bearer s3cret-tokeN")).isFalse();
        assertThat(credential.admits("Bearer s3cret")).isFalse();
        assertThat(credential.admits("Basic s3cret-token")).isFalse();
        assertThat(credential.admits("s3cret-token")).isFalse();
        assertThat(credential.admits("Bearer ")).isFalse();
        assertThat(credential.admits(null)).isFalse();
    }

    @Test
    void withoutATokenNothingIsAdmitted() {
        for (String blank : new String[] {null, "", "   "}) {
            MetricsCredential closed = new MetricsCredential(blank);
            assertThat(closed.configured()).isFalse();
            assertThat(closed.admits("Bearer ")).isFalse();
            assertThat(closed.admits("Bearer " + blank)).isFalse();
        }
    }
}
