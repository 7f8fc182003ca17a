package org.supplierdiscovery.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.supplierdiscovery.records.Events;
import org.supplierdiscovery.records.Organisation;
import org.supplierdiscovery.records.ProjectEvent;

/** A project's audit trail and whether its hash chain is intact; another organisation's project answers 404. */
final class EventController {
  private final Events events;
  private final BuyerGuard guard;

  EventController(Events events, BuyerGuard guard) {
    this.events = events;
    this.guard = guard;
  }

  void list(Context ctx) {
    Organisation org = guard.organisation(ctx);
    Requests.onlyParams(ctx, List.of());
    List<ProjectEvent> all = events.list(org, ctx.pathParam("id")).orElseThrow(() -> notFound(ctx));
    Json.send(ctx, 200, Map.of("events", all.stream().map(EventController::view).toList()));
  }

  void verify(Context ctx) {
    Organisation org = guard.organisation(ctx);
    Requests.onlyParams(ctx, List.of());
    Json.send(ctx, 200, events.verify(org, ctx.pathParam("id")).orElseThrow(() -> notFound(ctx)));
  }

  private static ProblemException notFound(Context ctx) {
    return new ProblemException(404, "Not found", "No project at " + ctx.path(), List.of(), Map.of());
  }

  record EventView(
      int seq, String at, String organisationId, String actor, String type, JsonNode detail, String previousHash,
      String hash) {}

  private static EventView view(ProjectEvent e) {
    return new EventView(e.seq(), e.at().toString(), e.organisationId(), e.actor(), e.type(),
        SavedRequests.tree(e.detail()), e.previousHash(), e.hash());
  }
}
