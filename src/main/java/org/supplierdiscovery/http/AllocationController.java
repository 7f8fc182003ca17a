package org.supplierdiscovery.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.supplierdiscovery.records.Allocating;
import org.supplierdiscovery.records.Allocation;
import org.supplierdiscovery.records.Organisation;

/**
 * A project's random allocation within a lot: drawing it once, reading the record and re-running the
 * draw from what it recorded. Another organisation's project answers 404.
 */
final class AllocationController {
  private final Allocating allocating;
  private final SearchGate gate;
  private final BuyerGuard guard;

  AllocationController(Allocating allocating, SearchGate gate, BuyerGuard guard) {
    this.allocating = allocating;
    this.gate = gate;
    this.guard = guard;
  }

  /** The body of POST /api/projects/{id}/allocation: the lot to draw within, and its framework. */
  record LotBody(String framework, String lot) {}

  void allocate(Context ctx) throws Exception {
    var actor = Actors.of(ctx, guard);
    Requests.onlyParams(ctx, List.of());
    Requests.requireJson(ctx);
    LotBody body = JsonBody.read(Requests.body(ctx), LotBody.class);
    if (body.framework() == null || body.lot() == null) {
      throw ProblemException.badRequest(body.framework() == null ? "framework" : "lot", "is required");
    }
    String id = ctx.pathParam("id");
    Allocation a = gate.run(() -> allocating.allocate(actor, id, body.framework(), body.lot()))
        .orElseThrow(() -> notFound(ctx));
    Json.send(ctx, 201, view(a));
  }

  void get(Context ctx) {
    Organisation org = guard.organisation(ctx);
    Requests.onlyParams(ctx, List.of());
    Json.send(ctx, 200, view(allocating.allocation(org, ctx.pathParam("id")).orElseThrow(() -> notFound(ctx))));
  }

  void verify(Context ctx) {
    Organisation org = guard.organisation(ctx);
    Requests.onlyParams(ctx, List.of());
    Json.send(ctx, 200, allocating.verify(org, ctx.pathParam("id")).orElseThrow(() -> notFound(ctx)));
  }

  private static ProblemException notFound(Context ctx) {
    return new ProblemException(404, "Not found", "No project or allocation at " + ctx.path(), List.of(), Map.of());
  }

  record AllocationView(
      String projectId, String framework, String lot, String chosen, String seed, String algorithm,
      String algorithmDescription, List<String> eligible, long generation, String searchId, JsonNode filters,
      String allocatedAt, String allocatedBy) {}

  static AllocationView view(Allocation a) {
    return new AllocationView(a.projectId(), a.framework(), a.lot(), a.chosen(), a.seed(), a.algorithm(),
        a.description(), a.eligible(), a.generation(), a.searchId(), SavedRequests.tree(a.filters()),
        a.allocatedAt().toString(), a.allocatedBy());
  }
}
