package org.supplierdiscovery.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.supplierdiscovery.records.Actor;
import org.supplierdiscovery.records.FrozenListChanges;
import org.supplierdiscovery.records.ListingNotice;
import org.supplierdiscovery.records.Organisation;
import org.supplierdiscovery.records.Project;
import org.supplierdiscovery.records.Projects;
import org.supplierdiscovery.records.SavedSearch;
import org.supplierdiscovery.records.SearchSummary;
import org.supplierdiscovery.search.SearchRequest;
import org.supplierdiscovery.search.SearchResponse;
import org.supplierdiscovery.search.SearchService;

/**
 * A buyer organisation's projects and saved searches. Another organisation's project answers 404,
 * exactly as one that does not exist, so its existence is not revealed either.
 */
final class ProjectController {
  private final Projects projects;
  private final FrozenListChanges changes;
  private final SearchService search;
  private final SearchGate gate;
  private final BuyerGuard guard;

  ProjectController(
      Projects projects, FrozenListChanges changes, SearchService search, SearchGate gate, BuyerGuard guard) {
    this.projects = projects;
    this.changes = changes;
    this.search = search;
    this.gate = gate;
    this.guard = guard;
  }

  void create(Context ctx) {
    Actor actor = Actors.of(ctx, guard);
    Requests.requireJson(ctx);
    Project p = projects.create(actor, Names.read(Requests.body(ctx)));
    Json.send(ctx, 201, view(p));
  }

  void list(Context ctx) {
    Organisation org = guard.organisation(ctx);
    Requests.onlyParams(ctx, List.of());
    Json.send(ctx, 200, Map.of("projects", projects.list(org).stream().map(ProjectController::view).toList()));
  }

  void get(Context ctx) {
    Organisation org = guard.organisation(ctx);
    Requests.onlyParams(ctx, List.of());
    Json.send(ctx, 200, view(projects.get(org, ctx.pathParam("id")).orElseThrow(() -> notFound(ctx))));
  }

  void rename(Context ctx) {
    Actor actor = Actors.of(ctx, guard);
    Requests.requireJson(ctx);
    String name = Names.read(Requests.body(ctx));
    Json.send(ctx, 200, view(projects.rename(actor, ctx.pathParam("id"), name).orElseThrow(() -> notFound(ctx))));
  }

  /** Saves a search checked exactly as POST /api/search checks it, summed up by running it once. */
  void saveSearch(Context ctx) throws Exception {
    Actor actor = Actors.of(ctx, guard);
    String id = ctx.pathParam("id");
    if (projects.get(actor.organisation(), id).isEmpty()) {
      throw notFound(ctx); // before the body is read or the search run
    }
    Requests.requireJson(ctx);
    SearchRequest request = SavedRequests.read(Requests.body(ctx));
    search.check(request);
    SearchResponse ran = gate.run(() -> search.search(request));
    SearchSummary.Ran summary = new SearchSummary.Ran(
        SearchSummary.sentence(request, ran.total()), ran.total(), ran.generation());
    SavedSearch saved = projects.save(actor, id, summary, SavedRequests.write(request))
        .orElseThrow(() -> notFound(ctx));
    Json.send(ctx, 201, view(saved, List.of()));
  }

  /** The saved searches; the one that was frozen carries a notice per supplier of its list that has changed. */
  void searches(Context ctx) throws IOException {
    Organisation org = guard.organisation(ctx);
    Requests.onlyParams(ctx, List.of());
    List<SavedSearch> all = projects.searches(org, ctx.pathParam("id")).orElseThrow(() -> notFound(ctx));
    Map<String, List<ListingNotice>> notices = changes.bySearch(org, ctx.pathParam("id"));
    Json.send(ctx, 200, Map.of("searches", all.stream()
        .map(s -> view(s, notices.getOrDefault(s.id(), List.of()))).toList()));
  }

  void choose(Context ctx) {
    Actor actor = Actors.of(ctx, guard);
    Requests.onlyParams(ctx, List.of());
    Project p = projects.choose(actor, ctx.pathParam("id"), ctx.pathParam("searchId")).orElseThrow(() -> notFound(ctx));
    Json.send(ctx, 200, view(p));
  }

  private static ProblemException notFound(Context ctx) {
    return new ProblemException(404, "Not found", "No project or saved search at " + ctx.path(), List.of(), Map.of());
  }

  record ProjectView(String id, String name, String activeSearchId, String createdAt, String closedAt) {}

  record SearchView(
      String id, Object request, String summary, long total, long generation, String savedAt, boolean active,
      List<ListingNotice> notices) {}

  static ProjectView view(Project p) {
    return new ProjectView(p.id(), p.name(), p.activeSearchId(), p.createdAt().toString(),
        p.closedAt() == null ? null : p.closedAt().toString());
  }

  private static SearchView view(SavedSearch s, List<ListingNotice> notices) {
    return new SearchView(s.id(), SavedRequests.tree(s.request()), s.summary(), s.total(), s.generation(),
        s.savedAt().toString(), s.active(), notices);
  }
}
