package jp.tomoni.web.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may sign in ({@code tomoni.security.*}).
 *
 * @param users      officers and analysts: name, password (with its encoding prefix, e.g. {@code {bcrypt}…})
 *                   and role ({@code OFFICER} or {@code ANALYST})
 * @param gatewayKey   the bidder gateway's API key, which lets it submit bids on behalf of retailers
 * @param metricsToken the token that opens {@code /actuator/prometheus} and {@code /actuator/info}
 *                     ({@code TOMONI_METRICS_TOKEN}, sent as {@code Authorization: Bearer}); blank closes them
 */
@ConfigurationProperties("tomoni.security")
public record SecurityProperties(List<User> users, String gatewayKey, String metricsToken) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /** A person who signs in with a password. */
    public record User(String name, String password, String role) {
    }
}
