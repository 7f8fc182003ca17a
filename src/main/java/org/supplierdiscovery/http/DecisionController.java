package org.supplierdiscovery.http;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.supplierdiscovery.records.Actor;
import org.supplierdiscovery.records.Comparison;
import org.supplierdiscovery.records.Decision;
import org.supplierdiscovery.records.Decisions;
import org.supplierdiscovery.records.Organisation;
import org.supplierdiscovery.records.Verdict;

/**
 * Shortlisting or excluding each frozen supplier with its reason, and comparing shortlisted suppliers
 * side by side. Another organisation's project answers 404.
 */
final class DecisionController {
  private final Decisions decisions;
  private final BuyerGuard guard;

  DecisionController(Decisions decisions, BuyerGuard guard) {
    this.decisions = decisions;
    this.guard = guard;
  }

  record Body(String decision, String reason) {}

  void decide(Context ctx) {
    Actor actor = Actors.of(ctx, guard);
    Requests.onlyParams(ctx, List.of());
    Requests.requireJson(ctx);
    Body body = JsonBody.read(Requests.body(ctx), Body.class);
    if (body.decision() == null) {
      throw ProblemException.badRequest("decision", "is required: shortlisted or excluded");
    }
    Verdict verdict = Verdict.of(body.decision())
        .orElseThrow(() -> ProblemException.badRequest("decision", "must be shortlisted or excluded"));
    String reason = Reasons.check("reason", body.reason(), verdict == Verdict.EXCLUDED);
    Decision d = decisions.decide(actor, ctx.pathParam("id"), ctx.pathParam("supplierId"), verdict, reason)
        .orElseThrow(() -> notFound(ctx));
    Json.send(ctx, 200, view(d));
  }

  void list(Context ctx) {
    Organisation org = guard.organisation(ctx);
    Requests.onlyParams(ctx, List.of());
    List<Decisions.Row> rows = decisions.list(org, ctx.pathParam("id")).orElseThrow(() -> notFound(ctx));
    Json.send(ctx, 200, Map.of("suppliers", rows.stream().map(r -> new RowView(r.supplier().place(),
        r.supplier().id(), name(r), r.decision() == null ? null : view(r.decision()))).toList()));
  }

  void compare(Context ctx) {
    Organisation org = guard.organisation(ctx);
    List<String> sent = Requests.onlyParams(ctx, List.of("suppliers")).getOrDefault("suppliers", List.of());
    Set<String> ids = new LinkedHashSet<>();
    sent.forEach(v -> Arrays.stream(v.split(",", -1)).map(String::strip).forEach(ids::add));
    if (ids.isEmpty() || ids.contains("")) {
      throw ProblemException.badRequest("suppliers", "is required: 1 to " + Decisions.MAX_COMPARED
          + " shortlisted supplier ids, comma-separated");
    }
    if (ids.size() > Decisions.MAX_COMPARED) {
      throw ProblemException.badRequest("suppliers", "at most " + Decisions.MAX_COMPARED + " suppliers are compared");
    }
    Comparison c = decisions.compare(org, ctx.pathParam("id"), List.copyOf(ids)).orElseThrow(() -> notFound(ctx));
    Json.send(ctx, 200, c);
  }

  private static String name(Decisions.Row r) {
    return SavedRequests.tree(r.supplier().record()).path("name").asText();
  }

  private static ProblemException notFound(Context ctx) {
    return new ProblemException(404, "Not found", "No project at " + ctx.path(), List.of(), Map.of());
  }

  record DecisionView(String supplierId, String decision, String reason, String decidedAt, String decidedBy) {}

  record RowView(int place, String id, String name, DecisionView decision) {}

  private static DecisionView view(Decision d) {
    return new DecisionView(d.supplierId(), d.verdict().label(), d.reason(), d.decidedAt().toString(),
        d.decidedBy());
  }
}
