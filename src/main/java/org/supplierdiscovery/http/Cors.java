package org.supplierdiscovery.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** Cross-origin access: off unless origins are listed explicitly; never a wildcard. */
final class Cors {
  private final List<String> origins;

  Cors(List<String> origins) {
    this.origins = List.copyOf(origins);
  }

  void allow(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin != null && origins.contains(origin)) {
      ctx.header("Access-Control-Allow-Origin", origin);
      ctx.header("Vary", "Origin");
    }
  }

  void preflight(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null || !origins.contains(origin)) {
      throw new ProblemException(403, "Forbidden", "Cross-origin requests from this origin are not allowed.", List.of(),
          Map.of());
    }
    ctx.header("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE");
    ctx.header("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Actor");
    ctx.header("Access-Control-Max-Age", "600");
    ctx.status(204);
  }
}
