package org.supplierdiscovery.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.supplierdiscovery.search.SearchRequest;
import org.supplierdiscovery.search.SearchResponse;
import org.supplierdiscovery.search.SearchService;
import org.supplierdiscovery.search.Suggester;
import org.supplierdiscovery.search.Suggestion;

/** Search, facets and type-ahead: input and output only; the search service does the work. */
final class SearchController {
  private static final int MAX_SUGGEST_CHARS = 100;
  private final SearchService search;
  private final Suggester suggester;
  private final SearchGate gate;
  private final GenerationWait freshness;

  SearchController(SearchService search, Suggester suggester, SearchGate gate, GenerationWait freshness) {
    this.search = search;
    this.suggester = suggester;
    this.gate = gate;
    this.freshness = freshness;
  }

  void searchByQuery(Context ctx) throws Exception {
    gate.refuseIfFull();
    Map<String, List<String>> params = QueryParams.parse(ctx.queryString());
    long minGeneration = GenerationWait.take(params);
    run(ctx, new SearchParams.Parsed(SearchParams.fromQuery(params), minGeneration));
  }

  void searchByBody(Context ctx) throws Exception {
    gate.refuseIfFull();
    Requests.requireJson(ctx);
    run(ctx, SearchParams.parseBody(Requests.body(ctx)));
  }

  /**
   * A request is checked in full before it takes a search slot, so a bad one never holds a slot; one
   * that names a generation waits for it before taking a slot too.
   */
  private void run(Context ctx, SearchParams.Parsed parsed) throws Exception {
    SearchRequest request = parsed.request();
    search.check(request);
    freshness.await(parsed.minGeneration());
    SearchResponse answer = gate.run(() -> search.search(request));
    ctx.header(GenerationWait.HEADER, Long.toString(answer.generation()));
    Json.send(ctx, 200, answer);
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
