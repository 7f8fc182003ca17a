package org.supplierdiscovery.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.supplierdiscovery.search.SearchRequest;
import org.supplierdiscovery.search.SearchService;
import org.supplierdiscovery.search.Suggester;
import org.supplierdiscovery.search.Suggestion;

/** Search, facets and type-ahead: input and output only; the search service does the work. */
final class SearchController {
  private static final int MAX_SUGGEST_CHARS = 100;
  private final SearchService search;
  private final Suggester suggester;
  private final SearchGate gate;

  SearchController(SearchService search, Suggester suggester, SearchGate gate) {
    this.search = search;
    this.suggester = suggester;
    this.gate = gate;
  }

  void searchByQuery(Context ctx) throws Exception {
    gate.refuseIfFull();
    run(ctx, SearchParams.fromQuery(QueryParams.parse(ctx.queryString())));
  }

  void searchByBody(Context ctx) throws Exception {
    gate.refuseIfFull();
    Requests.requireJson(ctx);
    run(ctx, SearchParams.fromBody(Requests.body(ctx)));
  }

  /** A request is checked in full before it takes a search slot, so a bad one never holds a slot. */
  private void run(Context ctx, SearchRequest request) throws Exception {
    search.check(request);
    Json.send(ctx, 200, gate.run(() -> search.search(request)));
  }

  void facets(Context ctx) throws Exception {
    Requests.onlyParams(ctx, List.of());
    Json.send(ctx, 200, Map.of("facets", gate.run(search::facets)));
  }

  void suggest(Context ctx) throws Exception {
    Map<String, List<String>> params = Requests.onlyParams(ctx, List.of("q"));
    List<String> typed = params.get("q");
    if (typed == null) {
      throw ProblemException.badRequest("q", "is required: the text typed so far");
    }
    if (typed.size() > 1) {
      throw ProblemException.badRequest("q", "give it once");
    }
    String q = typed.get(0);
    if (q.length() > MAX_SUGGEST_CHARS) {
      throw ProblemException.badRequest("q", "must be at most " + MAX_SUGGEST_CHARS + " characters");
    }
    Json.send(ctx, 200, new Suggestions(q, gate.run(() -> suggester.suggest(q))));
  }

  /** The answer of GET /api/suggest, fields in the documented order. */
  record Suggestions(String query, List<Suggestion> suggestions) {}
}
