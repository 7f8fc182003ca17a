package org.supplierdiscovery.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.supplierdiscovery.index.CatalogueIndex;

/** Health, metrics and the OpenAPI description. */
final class HealthController {
  private final CatalogueIndex index;
  private final Metrics metrics;
  private final byte[] openApi;

  HealthController(CatalogueIndex index, Metrics metrics) throws IOException {
    this.index = index;
    this.metrics = metrics;
    try (InputStream in = HealthController.class.getResourceAsStream("/openapi.json")) {
      this.openApi = in == null ? null : in.readAllBytes();
    }
  }

  void health(Context ctx) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "ready");
    body.put("documents", index.size());
    body.put("generation", index.generation());
    Json.send(ctx, 200, body);
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
