package org.supplierdiscovery.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.supplierdiscovery.records.FrozenListChanges;
import org.supplierdiscovery.records.FrozenSearch;
import org.supplierdiscovery.records.FrozenSupplier;
import org.supplierdiscovery.records.Freezing;
import org.supplierdiscovery.records.ListingNotice;
import org.supplierdiscovery.records.Organisation;

/**
 * Freezing a project's active search, reading the frozen list, re-running it on the catalogue exactly
 * as it was, and closing the project (which releases that catalogue). Another organisation's project
 * answers 404.
 */
final class FreezeController {
  private final Freezing freezing;
  private final FrozenListChanges changes;
  private final SearchGate gate;
  private final BuyerGuard guard;

  FreezeController(Freezing freezing, FrozenListChanges changes, SearchGate gate, BuyerGuard guard) {
    this.freezing = freezing;
    this.changes = changes;
    this.gate = gate;
    this.guard = guard;
  }

  void freeze(Context ctx) throws Exception {
    var actor = Actors.of(ctx, guard);
    Requests.onlyParams(ctx, List.of());
    String id = ctx.pathParam("id");
    FrozenSearch frozen = gate.run(() -> freezing.freeze(actor, id)).orElseThrow(() -> notFound(ctx));
    Json.send(ctx, 201, view(frozen, List.of()));
  }

  /** The frozen list with a notice for each supplier whose listing has changed since. */
  void get(Context ctx) throws IOException {
    Organisation org = guard.organisation(ctx);
    Requests.onlyParams(ctx, List.of());
    FrozenSearch frozen = freezing.frozen(org, ctx.pathParam("id")).orElseThrow(() -> notFound(ctx));
    Json.send(ctx, 200, view(frozen, changes.of(frozen)));
  }

  void verify(Context ctx) throws Exception {
    Organisation org = guard.organisation(ctx);
    Requests.onlyParams(ctx, List.of());
    String id = ctx.pathParam("id");
    Json.send(ctx, 200, gate.run(() -> freezing.verify(org, id)).orElseThrow(() -> notFound(ctx)));
  }

  void close(Context ctx) throws Exception {
    var actor = Actors.of(ctx, guard);
    Requests.onlyParams(ctx, List.of());
    Json.send(ctx, 200, ProjectController.view(freezing.close(actor, ctx.pathParam("id"))
        .orElseThrow(() -> notFound(ctx))));
  }

  static ProblemException notFound(Context ctx) {
    return new ProblemException(404, "Not found", "No project or frozen search at " + ctx.path(), List.of(),
        Map.of());
  }

  record SupplierView(int place, String id, String name, JsonNode record) {}

  record FrozenView(
      String projectId, String searchId, JsonNode request, String summary, long total, long generation,
      String frozenAt, boolean pinned, String unpinnedAt, List<SupplierView> suppliers, List<ListingNotice> notices) {}

  static FrozenView view(FrozenSearch f, List<ListingNotice> notices) {
    return new FrozenView(f.projectId(), f.searchId(), SavedRequests.tree(f.request()), f.summary(), f.total(),
        f.generation(), f.frozenAt().toString(), f.pinned(), f.unpinnedAt() == null ? null : f.unpinnedAt().toString(),
        f.suppliers().stream().map(FreezeController::view).toList(), notices);
  }

  private static SupplierView view(FrozenSupplier s) {
    JsonNode record = SavedRequests.tree(s.record());
    return new SupplierView(s.place(), s.id(), record.path("name").asText(), record);
  }
}
