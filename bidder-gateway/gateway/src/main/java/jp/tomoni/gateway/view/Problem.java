package jp.tomoni.gateway.view;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The shape of every refusal, for the API document: RFC 9457 problem details with a stable {@code code} and
 * the {@code field} at fault (a rule's rejection adds the bid's {@code seq} and {@code receivedAt}).
 */
@Schema(name = "Problem", description = "RFC 9457 problem details with a stable code and the field at fault")
public record Problem(String type, String title, int status, String detail, String instance,
                      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String code, String field) {
}
