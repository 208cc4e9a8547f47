package jp.tomoni.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.tomoni.web.console.ConsoleHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The console's sign-in over real HTTP: form login gives a SameSite=Strict, HttpOnly session cookie that
 * authorises the console's pages and API calls with the same role rules; every state-changing request that
 * rides on the session needs its CSRF token; API clients with Basic or Bearer credentials are unaffected;
 * signing out ends the session.
 */
class ConsoleSessionTest extends LiveEngineTestBase {

    private static final String COOKIE = "TOMONI_SESSION";

    /** A signed-in session: its cookie and its CSRF token. */
    private record Session(String cookie, String headerName, String token) {
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> csrf(String cookie) {
        return client().get().uri("/console/csrf").cookies(c -> {
            if (cookie != null) {
                c.add(COOKIE, cookie);
            }
        }).exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private Session signIn(String user, String password) {
        EntityExchangeResult<Map> anonymous = client().get().uri("/console/csrf").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult();
        ResponseCookie first = anonymous.getResponseCookies().getFirst(COOKIE);
        assertThat(first).as("session cookie for the login form").isNotNull();
        assertThat(first.isHttpOnly()).isTrue();
        assertThat(first.getSameSite()).isEqualTo("Strict");
        String token = (String) anonymous.getResponseBody().get("token");
        EntityExchangeResult<byte[]> login = client().post().uri("/console/login").cookie(COOKIE, first.getValue())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("username", user).with("password", password).with("_csrf", token))
                .exchange().expectStatus().is3xxRedirection().expectHeader().location("/console/")
                .expectBody().returnResult();
        ResponseCookie session = login.getResponseCookies().getFirst(COOKIE);
        assertThat(session).as("a new session id after sign-in").isNotNull();
        assertThat(session.getValue()).isNotEqualTo(first.getValue());
        Map<String, String> fresh = csrf(session.getValue());
        return new Session(session.getValue(), fresh.get("headerName"), fresh.get("token"));
    }

    @Test
    void pagesSendAStrangerToTheLoginPageAndTheApiAnswers401() {
        client().get().uri("/console/").exchange().expectStatus().is3xxRedirection()
                .expectHeader().location("/console/login").expectBody().isEmpty();
        client().get().uri("/console/login").exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueMatches("Content-Security-Policy", ".*script-src 'self';.*")
                .expectBody(String.class).value(html -> assertThat(html).contains("/console/js/login-page.js"));
        client().get().uri("/api/v1/console/me").exchange().expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED");
        client().post().uri("/api/v1/lots").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isUnauthorized().expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED");
        client().get().uri("/webjars/chart.js/4.5.1/dist/chart.umd.min.js").exchange().expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void aLoginWithoutTheCsrfTokenOrWithAWrongPasswordIsRefused() {
        client().post().uri("/console/login").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("username", "officer").with("password", "officer-pw")).exchange()
                .expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("CSRF_REJECTED");
        EntityExchangeResult<Map> anonymous = client().get().uri("/console/csrf").exchange().expectBody(Map.class)
                .returnResult();
        client().post().uri("/console/login").cookie(COOKIE, anonymous.getResponseCookies().getFirst(COOKIE).getValue())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("username", "officer").with("password", "wrong")
                        .with("_csrf", (String) anonymous.getResponseBody().get("token")))
                .exchange().expectStatus().is3xxRedirection().expectHeader().location("/console/login?error")
                .expectBody().isEmpty();
    }

    @Test
    void theSessionAuthorisesTheApiAndEveryChangeNeedsTheCsrfToken() {
        Session officer = signIn("officer", "officer-pw");
        client().get().uri("/api/v1/console/me").cookie(COOKIE, officer.cookie()).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.name").isEqualTo("officer").jsonPath("$.role").isEqualTo("OFFICER")
                .jsonPath("$.csrf.headerName").isEqualTo(officer.headerName());
        client().get().uri("/console/facilities").cookie(COOKIE, officer.cookie()).exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).value(html -> assertThat(html).contains("/console/js/facilities-page.js"));
        client().get().uri("/webjars/chart.js/4.5.1/dist/chart.umd.min.js").cookie(COOKIE, officer.cookie()).exchange()
                .expectStatus().isOk().expectBody(String.class).value(js -> assertThat(js).contains("Chart"));
        String lot = "{\"lotId\": \"SESSION-LOT\", \"wards\": [\"99999\"]}";
        client().post().uri("/api/v1/lots").cookie(COOKIE, officer.cookie()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(lot).exchange().expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("CSRF_REJECTED");
        client().post().uri("/api/v1/lots").cookie(COOKIE, officer.cookie()).header(officer.headerName(), "forged")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(lot).exchange().expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("CSRF_REJECTED");
        for (String authenticatesNothing : new String[] {"Token abc", "Negotiate abc", "Bearer", "Basic", "Digest x=1"}) {
            client().post().uri("/api/v1/lots").cookie(COOKIE, officer.cookie())
                    .header(HttpHeaders.AUTHORIZATION, authenticatesNothing).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(lot).exchange().expectStatus().isForbidden()
                    .expectBody().jsonPath("$.code").isEqualTo("CSRF_REJECTED");
        }
        client().post().uri("/api/v1/lots").cookie(COOKIE, officer.cookie()).header(HttpHeaders.AUTHORIZATION, "Bearer forged")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(lot).exchange().expectStatus().isUnauthorized();
        client().post().uri("/api/v1/lots").cookie(COOKIE, officer.cookie()).header(officer.headerName(), officer.token())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(lot).exchange().expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("EMPTY_LOT");
        officer().post().uri("/api/v1/lots").contentType(MediaType.APPLICATION_JSON).bodyValue(lot).exchange()
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("EMPTY_LOT");
    }

    @Test
    void anAnalystsSessionReadsListsButMayNotAct() {
        Session analyst = signIn("analyst", "analyst-pw");
        client().get().uri("/api/v1/console/me").cookie(COOKIE, analyst.cookie()).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.role").isEqualTo("ANALYST");
        client().get().uri("/api/v1/console/facilities").cookie(COOKIE, analyst.cookie()).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$").isArray();
        client().get().uri("/api/v1/console/lots").cookie(COOKIE, analyst.cookie()).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$").isArray();
        client().get().uri("/api/v1/console/wards").cookie(COOKIE, analyst.cookie()).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[0].code").isEqualTo("13101").jsonPath("$[0].nameJa").isEqualTo("千代田区")
                .jsonPath("$[0].nameEn").isEqualTo("Chiyoda").jsonPath("$[23].nameEn").isEqualTo("Saitama City")
                .jsonPath("$.length()").isEqualTo(26);
        client().get().uri("/api/v1/auctions").cookie(COOKIE, analyst.cookie()).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$").isArray();
        client().get().uri("/api/v1/facilities").cookie(COOKIE, analyst.cookie()).exchange().expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("FORBIDDEN");
        client().get().uri("/console/auctions/new").cookie(COOKIE, analyst.cookie()).exchange().expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("FORBIDDEN");
        client().post().uri("/api/v1/auctions/ANY/approve").cookie(COOKIE, analyst.cookie())
                .header(analyst.headerName(), analyst.token()).exchange().expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("FORBIDDEN");
    }

    @Test
    void everyPageIsRenderedAsUtf8HtmlUnderTheConsolePolicy() {
        Session officer = signIn("officer", "officer-pw");
        Map<String, String> pages = Map.of("/console/", "auctions-page.js", "/console/facilities", "facilities-page.js",
                "/console/lots", "lots-page.js", "/console/auctions/new", "auction-form.js",
                "/console/auctions/ANY", "live-page.js", "/console/login", "login-page.js");
        pages.forEach((path, script) -> client().get().uri(path).cookie(COOKIE, officer.cookie()).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
                .expectHeader().valueEquals("Content-Security-Policy", ConsoleHeaders.POLICY)
                .expectBody(String.class).value(html -> assertThat(html).as(path).startsWith("<!DOCTYPE html>")
                        .contains("<script type=\"module\" src=\"/console/js/" + script + "\"></script>")
                        .doesNotContain("{{")));
    }

    @Test
    void signingOutEndsTheSession() {
        Session officer = signIn("officer", "officer-pw");
        client().post().uri("/console/logout").cookie(COOKIE, officer.cookie())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("_csrf", officer.token())).exchange()
                .expectStatus().is3xxRedirection().expectHeader().location("/console/login?logout").expectBody().isEmpty();
        client().get().uri("/api/v1/console/me").cookie(COOKIE, officer.cookie()).exchange().expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED");
        client().get().uri("/console/").cookie(COOKIE, officer.cookie()).exchange().expectStatus().is3xxRedirection()
                .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).isEqualTo("/console/login"))
                .expectBody().isEmpty();
    }
}
