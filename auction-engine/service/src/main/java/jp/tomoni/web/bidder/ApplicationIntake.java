package jp.tomoni.web.bidder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import jp.tomoni.app.EngineRuntime;
import jp.tomoni.contract.ApplicationChecks;
import jp.tomoni.contract.v1.ApplyReply;
import jp.tomoni.contract.v1.ApplyRequest;
import jp.tomoni.contract.v1.GroupApplication;
import jp.tomoni.contract.v1.Plan;
import jp.tomoni.contract.v1.Problem;
import jp.tomoni.contract.v1.Refusal;
import jp.tomoni.core.lot.FactorKind;
import jp.tomoni.core.lot.ReportedFactor;
import jp.tomoni.core.unit.EmissionFactor;
import jp.tomoni.engine.EngineCommand;
import jp.tomoni.engine.EngineEvent;
import jp.tomoni.engine.EngineQueries;
import jp.tomoni.engine.LoggedEvent;
import jp.tomoni.engine.Retailer;

/**
 * The intake behind the contract's {@code ApplyToGroup}: the gateway has authenticated the retailer and checked
 * the application's bounds; the engine checks them again ({@link ApplicationChecks}, so nothing out of bounds
 * reaches the journal), journals it as the retailer, and answers the application as filed, or the engine's
 * refusal (an unknown group, a registration number other than the retailer's, an application already pending or
 * approved).
 */
final class ApplicationIntake {

    private final EngineRuntime runtime;
    private final EngineQueries engine;
    private final Clock clock;

    ApplicationIntake(EngineRuntime runtime, EngineQueries engine, Clock clock) {
        this.runtime = runtime;
        this.engine = engine;
        this.clock = clock;
    }

    /** The answer to {@code request}, once durable; fails only when the engine cannot take commands. */
    CompletableFuture<ApplyReply> submit(ApplyRequest request) {
        ApplicationChecks.Problem bound = ApplicationChecks.problem(request, LocalDate.now(clock.withZone(Retailer.JAPAN)));
        if (bound != null) {
            return CompletableFuture.completedFuture(refusal(Refusal.Kind.INVALID, bound.code(), bound.field(),
                    bound.detail()));
        }
        EngineCommand.ApplyToGroup command = new EngineCommand.ApplyToGroup(request.getRetailerId(),
                request.getGroupId(), request.getRegistrationNumber(), request.getPlansList().stream()
                .map(p -> new jp.tomoni.engine.GroupApplication.Plan(p.getName(), new ReportedFactor(
                        EmissionFactor.parse(p.getFactor()), FactorKind.parse(p.getFactorKind()), p.getFiscalYear())))
                .toList(), request.getSecurityYen(), LocalDate.parse(request.getSecurityExpiresOn()));
        return runtime.enqueue("retailer:" + request.getRetailerId(), command).thenApply(outcome -> {
            for (LoggedEvent logged : outcome.events()) {
                if (logged.event() instanceof EngineEvent.CommandRejected rejected) {
                    Refusal.Kind kind = rejected.code().startsWith("UNKNOWN_") ? Refusal.Kind.NOT_FOUND
                            : rejected.code().equals("ALREADY_APPLIED") ? Refusal.Kind.CONFLICT : Refusal.Kind.INVALID;
                    return refusal(kind, rejected.code(), rejected.field(), rejected.message());
                }
            }
            return ApplyReply.newBuilder().setApplication(wire(engine.organisation().applicationsOf(
                    request.getRetailerId()).stream().filter(a -> a.groupId().equals(request.getGroupId()))
                    .findFirst().orElseThrow())).build();
        });
    }

    /** An application as the contract carries it. */
    static GroupApplication wire(jp.tomoni.engine.GroupApplication a) {
        GroupApplication.Builder out = GroupApplication.newBuilder().setGroupId(a.groupId())
                .setStatus(a.status().name()).setReason(a.reason() == null ? "" : a.reason())
                .setSecurityYen(a.securityYen()).setSecurityExpiresOn(a.securityExpiresOn().toString())
                .setFiledAt(Wire.time(a.filedAt()));
        a.plans().forEach(p -> out.addPlans(Plan.newBuilder().setName(p.name())
                .setFactor(p.factor().value().toString()).setFactorKind(p.factor().kind().label())
                .setFiscalYear(p.factor().fiscalYear())));
        if (a.decidedAt() != null) {
            out.setDecidedAt(Wire.time(a.decidedAt()));
        }
        return out.build();
    }

    private static ApplyReply refusal(Refusal.Kind kind, String code, String field, String detail) {
        return ApplyReply.newBuilder().setRefusal(Refusal.newBuilder().setKind(kind).setProblem(Problem.newBuilder()
                .setCode(code).setField(field == null ? "" : field).setDetail(detail))).build();
    }
}
