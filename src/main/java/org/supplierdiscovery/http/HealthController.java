package org.supplierdiscovery.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.supplierdiscovery.index.CatalogueIndex;
import org.supplierdiscovery.index.WriteHealth;

/** Health, metrics and the OpenAPI description. */
final class HealthController {
  private final CatalogueIndex index;
  private final Supplier<WriteHealth> writes;
  private final Metrics metrics;
  private final byte[] openApi;
  private final ServerRole role;

  HealthController(CatalogueIndex index, Supplier<WriteHealth> writes, Metrics metrics, ServerRole role)
      throws IOException {
    this.index = index;
    this.writes = writes;
    this.metrics = metrics;
    this.role = role;
    try (InputStream in = HealthController.class.getResourceAsStream("/openapi.json")) {
      this.openApi = in == null ? null : in.readAllBytes();
    }
  }

  /**
   * Readiness for searches and for writes, separately: a disk fault stops writes while searches go on
   * from the last commit, so only a failing search side makes the answer 503.
   */
  void health(Context ctx) {
    Map<String, Object> body = new LinkedHashMap<>();
    WriteHealth w = writes.get();
    try {
      int documents = index.size();
      body.put("status", "ready");
      body.put("search", "ready");
      body.put("writes", w.describe());
      w.since().ifPresent(since -> body.put("writesFailingSince", since.toString()));
      body.put("documents", documents);
      body.put("generation", index.generation());
      if (!role.health(body)) {
        body.put("status", "failing");
        Json.send(ctx, 503, body);
        return;
      }
      Json.send(ctx, 200, body);
    } catch (IOException | RuntimeException e) {
      body.put("status", "failing");
      body.put("search", "failing: " + e.getMessage());
      body.put("writes", w.describe());
      Json.send(ctx, 503, body);
    }
  }

  void metrics(Context ctx) {
    ctx.status(200).contentType(metrics.contentType()).result(metrics.scrape());
  }

  void openApi(Context ctx) {
    if (openApi == null) {
      throw new ProblemException(404, "Not found", "No OpenAPI description packaged.", java.util.List.of(), Map.of());
    }
    ctx.status(200).contentType(Json.JSON).result(openApi);
  }
}
