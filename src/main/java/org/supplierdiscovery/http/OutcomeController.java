package org.supplierdiscovery.http;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.supplierdiscovery.records.Actor;
import org.supplierdiscovery.records.Outcome;
import org.supplierdiscovery.records.Outcomes;

/** A project's outcome: awarded, cancelled or none suitable. Another organisation's project answers 404. */
final class OutcomeController {
  private final Outcomes outcomes;
  private final BuyerGuard guard;
  private final Clock clock;

  OutcomeController(Outcomes outcomes, BuyerGuard guard, Clock clock) {
    this.outcomes = outcomes;
    this.guard = guard;
    this.clock = clock;
  }

  record Body(
      String outcome, String supplierId, BigDecimal value, String currency, String start, String end,
      String reason) {}

  void record(Context ctx) {
    Actor actor = Actors.of(ctx, guard);
    Requests.onlyParams(ctx, List.of());
    Requests.requireJson(ctx);
    Outcome o = outcome(JsonBody.read(Requests.body(ctx), Body.class), actor);
    Json.send(ctx, 200, view(outcomes.record(actor, ctx.pathParam("id"), o).orElseThrow(() -> notFound(ctx))));
  }

  void get(Context ctx) {
    var org = guard.organisation(ctx);
    Requests.onlyParams(ctx, List.of());
    Json.send(ctx, 200, view(outcomes.get(org, ctx.pathParam("id")).orElseThrow(() -> notFound(ctx))));
  }

  /** The outcome the body describes, or a 400 naming the first field that is wrong. */
  private Outcome outcome(Body b, Actor actor) {
    if (b.outcome() == null) {
      throw ProblemException.badRequest("outcome", "is required: awarded, cancelled or none-suitable");
    }
    Outcome.Kind kind = Outcome.Kind.of(b.outcome()).orElseThrow(() -> ProblemException.badRequest("outcome",
        "must be awarded, cancelled or none-suitable"));
    var at = clock.instant().truncatedTo(ChronoUnit.MICROS);
    if (kind != Outcome.Kind.AWARDED) {
      for (var field : List.of(Map.entry("supplierId", b.supplierId() != null), Map.entry("value", b.value() != null),
          Map.entry("currency", b.currency() != null), Map.entry("start", b.start() != null),
          Map.entry("end", b.end() != null))) {
        if (field.getValue()) {
          throw ProblemException.badRequest(field.getKey(), "only for an awarded outcome");
        }
      }
      return new Outcome(kind, null, null, null, null, null, Reasons.check("reason", b.reason(), true), at,
          actor.person());
    }
    if (b.supplierId() == null) {
      throw ProblemException.badRequest("supplierId", "is required: the awarded supplier of the frozen list");
    }
    BigDecimal value = b.value();
    if (value == null || value.signum() <= 0 || value.stripTrailingZeros().scale() > 2
        || value.compareTo(Outcome.MAX_VALUE) > 0) {
      throw ProblemException.badRequest("value", "must be a positive amount in pounds with at most 2 decimals,"
          + " at most " + Outcome.MAX_VALUE.toPlainString());
    }
    String currency = b.currency() == null ? Outcome.GBP : b.currency();
    if (!currency.equals(Outcome.GBP)) {
      throw ProblemException.badRequest("currency", "must be GBP");
    }
    LocalDate start = date("start", b.start());
    LocalDate end = date("end", b.end());
    if (!end.isAfter(start)) {
      throw ProblemException.badRequest("end", "must be after start");
    }
    return new Outcome(kind, b.supplierId(), value.setScale(2, RoundingMode.UNNECESSARY), currency, start, end,
        Reasons.check("reason", b.reason(), false), at, actor.person());
  }

  private static LocalDate date(String field, String text) {
    if (text == null) {
      throw ProblemException.badRequest(field, "is required: a date YYYY-MM-DD");
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw ProblemException.badRequest(field, "must be a date YYYY-MM-DD");
    }
  }

  private static ProblemException notFound(Context ctx) {
    return new ProblemException(404, "Not found", "No project or outcome at " + ctx.path(), List.of(), Map.of());
  }

  record OutcomeView(
      String outcome, String supplierId, String value, String currency, String start, String end, String reason,
      String recordedAt, String recordedBy) {}

  private static OutcomeView view(Outcome o) {
    return new OutcomeView(o.kind().label(), o.supplierId(), o.value() == null ? null : o.value().toPlainString(),
        o.currency(), o.start() == null ? null : o.start().toString(), o.end() == null ? null : o.end().toString(),
        o.reason(), o.recordedAt().toString(), o.recordedBy());
  }
}
