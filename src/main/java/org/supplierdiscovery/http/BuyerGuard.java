package org.supplierdiscovery.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.supplierdiscovery.records.Organisation;
import org.supplierdiscovery.records.Organisations;

/**
 * The organisation a buyer request acts for, from its key in {@code Authorization: Bearer <key>}.
 * A missing, malformed, misplaced or unknown key is 401; nothing is read from the body before this.
 */
final class BuyerGuard {
  private static final Map<String, String> CHALLENGE = Map.of("WWW-Authenticate",
      "Bearer realm=\"supplier-discovery-buyers\"");
  private static final int MAX_KEY_CHARS = 256;
  private final Organisations organisations;

  BuyerGuard(Organisations organisations) {
    this.organisations = organisations;
  }

  Organisation organisation(Context ctx) {
    String query = ctx.queryString();
    if (query != null && (query.contains("key=") || query.contains("token=") || query.contains("access_token"))) {
      throw unauthorized("The organisation key belongs in the Authorization header, never in the URL.");
    }
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw unauthorized("Send 'Authorization: Bearer <organisation key>'.");
    }
    String key = header.substring(7).strip();
    if (key.isEmpty() || key.length() > MAX_KEY_CHARS) {
      throw unauthorized("The organisation key is not valid.");
    }
    return organisations.byKey(key).orElseThrow(() -> unauthorized("The organisation key is not valid."));
  }

  private static ProblemException unauthorized(String detail) {
    return new ProblemException(401, "Unauthorized", detail,
        List.of(new Problem.ParameterError("Authorization", detail)), CHALLENGE);
  }
}
