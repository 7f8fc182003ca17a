package org.supplierdiscovery.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.supplierdiscovery.admin.AdminToken;

/**
 * Lets a catalogue change through only with the admin bearer token in the Authorization header.
 * With no token configured, changes are switched off (403); a missing, malformed, misplaced or wrong
 * token is 401. Nothing is read from the body before this check passes.
 */
final class AdminGuard {
  private static final Map<String, String> CHALLENGE = Map.of("WWW-Authenticate",
      "Bearer realm=\"supplier-discovery\"");
  private final AdminToken token;

  AdminGuard(AdminToken token) {
    this.token = token;
  }

  void check(Context ctx) {
    if (!token.enabled()) {
      throw new ProblemException(403, "Forbidden",
          "Catalogue changes are switched off: no admin token is configured (set " + AdminToken.ENV
              + " or --admin-token-file).",
          List.of(), Map.of());
    }
    String query = ctx.queryString();
    if (query != null && (query.contains("token=") || query.contains("access_token"))) {
      throw unauthorized("The token belongs in the Authorization header, never in the URL.");
    }
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw unauthorized("Send 'Authorization: Bearer <token>' to change the catalogue.");
    }
    if (!token.accepts(header.substring(7).strip())) {
      throw unauthorized("The admin token is not valid.");
    }
  }

  private static ProblemException unauthorized(String detail) {
    return new ProblemException(401, "Unauthorized", detail,
        List.of(new Problem.ParameterError("Authorization", detail)), CHALLENGE);
  }
}
