package org.supplierdiscovery.http;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks shared by controllers: allowed parameters, JSON bodies and their size. */
final class Requests {
  static final int MAX_BODY = 256 * 1024;

  private Requests() {}

  static Map<String, List<String>> onlyParams(Context ctx, List<String> allowed) {
    Map<String, List<String>> params = QueryParams.parse(ctx.queryString());
    List<Problem.ParameterError> unknown = new ArrayList<>();
    params.keySet().stream()
        .filter(p -> !allowed.contains(p))
        .forEach(p -> unknown.add(new Problem.ParameterError(p, "unknown parameter; allowed are " + allowed)));
    if (!unknown.isEmpty()) {
      throw ProblemException.invalid("Invalid request", unknown);
    }
    return params;
  }

  static void requireJson(Context ctx) {
    String type = ctx.contentType();
    if (type == null || !(type.startsWith("application/json") || type.startsWith("application/x-ndjson")
        || type.startsWith("application/jsonl"))) {
      throw new ProblemException(415, "Unsupported media type", "Send the body as application/json.",
          List.of(new Problem.ParameterError("Content-Type", "must be application/json")), Map.of());
    }
  }

  static byte[] body(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > MAX_BODY) {
      throw tooLarge();
    }
    byte[] body = ctx.bodyAsBytes();
    if (body.length > MAX_BODY) {
      throw tooLarge();
    }
    return body;
  }

  private static ProblemException tooLarge() {
    return new ProblemException(413, "Request body too large", "The body must be at most " + MAX_BODY / 1024 + " KiB.",
        List.of(new Problem.ParameterError("body", "at most 256 KiB")), Map.of());
  }
}
