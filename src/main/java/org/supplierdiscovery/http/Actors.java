package org.supplierdiscovery.http;

import io.javalin.http.Context;
import org.supplierdiscovery.records.Actor;

/**
 * Who acts: the organisation of the key and, if the client names one in {@code X-Actor}, the person
 * (at most 200 characters, no control characters, no white space at either end).
 */
final class Actors {
  static final String HEADER = "X-Actor";
  static final int MAX_CHARS = 200;

  private Actors() {}

  static Actor of(Context ctx, BuyerGuard guard) {
    var org = guard.organisation(ctx);
    String person = ctx.header(HEADER);
    if (person == null) {
      return new Actor(org, null);
    }
    String reason = person.isBlank()
        ? "must not be blank when sent"
        : person.length() > MAX_CHARS
            ? "must be at most " + MAX_CHARS + " characters"
            : !person.strip().equals(person)
                ? "must not start or end with white space"
                : person.chars().anyMatch(Character::isISOControl) ? "must not hold control characters" : null;
    if (reason != null) {
      throw ProblemException.badRequest(HEADER, reason);
    }
    return new Actor(org, person);
  }
}
