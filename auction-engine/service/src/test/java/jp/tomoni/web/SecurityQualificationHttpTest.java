package jp.tomoni.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.List;
import java.util.Map;
import jp.tomoni.contract.v1.AuctionRequest;
import jp.tomoni.contract.v1.RetailerRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Eligibility from posted security over HTTP: given two retailers qualified with 25 and 5 million yen of security
 * (the first valid to a stated day), when an auction asks 10 million yen per tranche, expect the officers' lists to
 * show the expiry, the auction to show its security per tranche, and each retailer's own view over the gateway's
 * endpoint to show the security per tranche and the eligibility its security buys: 2; 5 million buys none, so
 * that retailer is not invited and the auction does not exist for it. Each reads its own qualification too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityQualificationHttpTest extends LiveEngineTestBase {

    private Map<String, Object> created;

    @BeforeAll
    void qualifyAndCreate() {
        lotOfOneFacility("SEC-LOT", "F-SEC-1", "11100");
        officerPost("/api/v1/retailers", """
                {"retailerId": "SEC-R1", "name": "Secured", "registrationNumber": "A0811",
                 "menuFactor": {"value": "0.000", "kind": "adjusted", "fiscalYear": 2024},
                 "securityYen": 25000000, "securityExpiresOn": "2099-03-31"}""", 201);
        officerPost("/api/v1/retailers", """
                {"retailerId": "SEC-R2", "name": "Thin", "registrationNumber": "A0812",
                 "menuFactor": {"value": "0.000", "kind": "adjusted", "fiscalYear": 2024},
                 "securityYen": 5000000, "eligibility": 3}""", 201);
        created = officerPost("/api/v1/auctions", """
                {"auctionId": "SEC-1", "lotId": "SEC-LOT", "format": "CLOCK", "bidders": ["SEC-R1", "SEC-R2"],
                 "clock": {"tranches": 4, "startPrice": "30.00"}, "schedule": {"roundSeconds": 600},
                 "securityPerTrancheYen": 10000000}""", 201);
    }

    @Test
    void officersSeeTheExpiryAndTheSecurityPerTranche() {
        List<?> listed = officer().get().uri("/api/v1/retailers").exchange().expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
        Map<?, ?> secured = listed.stream().map(Map.class::cast).filter(r -> "SEC-R1".equals(r.get("retailerId")))
                .findFirst().orElseThrow();
        assertThat(secured.get("securityExpiresOn")).isEqualTo("2099-03-31");
        assertThat(secured.get("eligibility")).as("no eligibility typed").isEqualTo(0);
        analyst().get().uri("/api/v1/auctions/SEC-1").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.securityPerTrancheYen").isEqualTo(10000000);
    }

    @Test
    void theCreatesAnswerWarnsOfTheRetailerWhoseSecurityBuysNoTranche() {
        assertThat(created.get("warnings")).isEqualTo(List.of("retailer SEC-R2 posted 5000000 yen of security, less"
                + " than the 10000000 yen one tranche asks; it is not invited"));
    }

    @Test
    void eachRetailerSeesTheEligibilityItsSecurityBuys() {
        var r1 = gateway().getAuction(AuctionRequest.newBuilder().setAuctionId("SEC-1").setRetailerId("SEC-R1").build());
        assertThat(r1.getSecurityPerTrancheYen()).isEqualTo(10_000_000);
        assertThat(r1.getMe().getQualified()).isTrue();
        assertThat(r1.getMe().getEligibility()).isEqualTo(2);
        assertThatThrownBy(() -> gateway().getAuction(AuctionRequest.newBuilder().setAuctionId("SEC-1")
                .setRetailerId("SEC-R2").build())).as("5 million yen buys no tranche of 10 million: not invited")
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
    }

    @Test
    void aRetailerReadsItsOwnQualificationThroughTheGatewaysEndpoint() {
        var q = gateway().getQualification(RetailerRequest.newBuilder().setRetailerId("SEC-R1").build());
        assertThat(q.getRegistrationNumber()).isEqualTo("A0811");
        assertThat(q.getSecurityYen()).isEqualTo(25_000_000);
        assertThat(q.getSecurityExpiresOn()).isEqualTo("2099-03-31");
        assertThat(q.getSecurityValid()).isTrue();
        assertThat(q.getPlanFactor() + " " + q.getPlanFactorKind() + " " + q.getPlanFactorFiscalYear())
                .isEqualTo("0.000 adjusted 2024");
        assertThat(gateway().getQualification(RetailerRequest.newBuilder().setRetailerId("SEC-R2").build())
                .hasSecurityExpiresOn()).isFalse();
        assertThatThrownBy(() -> gateway().getQualification(RetailerRequest.newBuilder().setRetailerId("NO-SUCH")
                .build())).isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
    }
}
