package jp.tomoni.web;

import java.security.Principal;
import jp.tomoni.app.EngineRuntime;
import jp.tomoni.engine.EngineCommand;
import jp.tomoni.engine.EngineEvent.CommandRejected;
import jp.tomoni.engine.LoggedEvent;
import jp.tomoni.engine.Outcome;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sends officers' commands to the engine and turns a refusal by the engine into a problem: unknown things
 * are 404, conflicts with what exists are 409, anything else the engine refuses is 422.
 */
@Component
public class Commands {

    private final EngineRuntime runtime;

    public Commands(EngineRuntime runtime) {
        this.runtime = runtime;
    }

    /** Submits a command as the signed-in user and completes once it is durable and applied. */
    public Mono<Outcome> run(Principal who, EngineCommand command) {
        return runtime.submit(who.getName(), command).publishOn(Schedulers.parallel()).map(Commands::orRefusal);
    }

    private static Outcome orRefusal(Outcome outcome) {
        for (LoggedEvent logged : outcome.events()) {
            if (logged.event() instanceof CommandRejected rejected) {
                HttpStatus status = switch (rejected.code()) {
                    case "UNKNOWN_AUCTION", "UNKNOWN_LOT", "UNKNOWN_FACILITY", "UNKNOWN_GROUP",
                         "UNKNOWN_APPLICATION" -> HttpStatus.NOT_FOUND;
                    case "DUPLICATE_ID", "WRONG_STATE", "ALREADY_REAUCTIONED", "TWO_STEP_APPROVAL", "ONE_STEP_APPROVAL",
                         "ALREADY_ANSWERED", "BODY_IN_GROUP" -> HttpStatus.CONFLICT;
                    case "FORBIDDEN" -> HttpStatus.FORBIDDEN;
                    default -> HttpStatus.UNPROCESSABLE_CONTENT;
                };
                throw new ApiException(status, rejected.code(), rejected.field(), rejected.message());
            }
        }
        return outcome;
    }
}
