package org.supplierdiscovery.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.supplierdiscovery.admin.CatalogueAdmin;
import org.supplierdiscovery.index.CatalogueWriter;
import org.supplierdiscovery.index.ChangeOutcome;
import org.supplierdiscovery.search.SearchService;

/** A supplier's record, and the catalogue team's changes to it. */
final class SupplierController {
  private final SearchService search;
  private final CatalogueAdmin admin;
  private final AdminGuard guard;
  private final GenerationWait freshness;

  /** {@code admin} is null on a read replica, whose role sends every change to its primary. */
  SupplierController(SearchService search, CatalogueAdmin admin, AdminGuard guard, GenerationWait freshness) {
    this.search = search;
    this.admin = admin;
    this.guard = guard;
    this.freshness = freshness;
  }

  void get(Context ctx) {
    Map<String, List<String>> params = Requests.onlyParams(ctx, List.of(GenerationWait.PARAM));
    freshness.await(GenerationWait.take(params));
    String id = ctx.pathParam("id");
    SearchService.Stored stored = search.stored(id);
    ctx.header(GenerationWait.HEADER, Long.toString(stored.generation()));
    JsonNode record = stored.record().orElseThrow(() -> notFound(id));
    Json.send(ctx, 200, record);
  }

  void history(Context ctx) throws IOException {
    guard.check(ctx);
    List<Map<String, Object>> changes = admin.history(ctx.pathParam("id"), 100).stream()
        .map(e -> Map.<String, Object>of(
            "at", e.at().toString(), "generation", e.generation(), "action", e.action(),
            "detail", e.detail() == null ? "" : e.detail()))
        .toList();
    Json.send(ctx, 200, Map.of("id", ctx.pathParam("id"), "changes", changes));
  }

  void put(Context ctx) throws IOException {
    guard.check(ctx);
    Requests.requireJson(ctx);
    String id = ctx.pathParam("id");
    JsonNode record = JsonBody.tree(utf8(Requests.body(ctx)));
    CatalogueWriter.Receipt receipt = admin.put(id, record);
    boolean created = receipt.outcomes().getFirst() == ChangeOutcome.CREATED;
    Json.send(ctx, created ? 201 : 200, receipt(id, created ? "created" : "replaced", receipt));
  }

  void delete(Context ctx) throws IOException {
    guard.check(ctx);
    String id = ctx.pathParam("id");
    CatalogueWriter.Receipt receipt = admin.delete(id);
    if (receipt.outcomes().getFirst() == ChangeOutcome.NOT_FOUND) {
      throw notFound(id);
    }
    Json.send(ctx, 200, receipt(id, "deleted", receipt));
  }

  void bulk(Context ctx) throws IOException {
    guard.check(ctx);
    Requests.requireJson(ctx);
    Json.send(ctx, 200, admin.bulk(utf8(Requests.body(ctx))));
  }

  private static Map<String, Object> receipt(String id, String outcome, CatalogueWriter.Receipt r) {
    return Map.of("id", id, "outcome", outcome, "generation", r.generation(), "committedAt",
        r.committedAt().toString());
  }

  private static String utf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      throw ProblemException.badRequest("body", "not valid UTF-8");
    }
  }

  private static ProblemException notFound(String id) {
    return new ProblemException(404, "Not found", "No supplier with id '" + id + "'.",
        List.of(new Problem.ParameterError("id", "no such supplier")), Map.of());
  }
}
