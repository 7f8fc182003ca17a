package org.supplierdiscovery.http;

import java.util.List;
import java.util.Map;

/** The name of an organisation or project, as sent in a {@code {"name": ...}} body. */
final class Names {
  static final int MAX_CHARS = 200;

  private Names() {}

  record Body(String name) {}

  /** The name, exactly as sent, or a 400 saying what is wrong with it. */
  static String read(byte[] body) {
    String name = JsonBody.read(body, Body.class).name();
    String reason = name == null
        ? "is required"
        : name.isBlank()
            ? "must not be blank"
            : name.length() > MAX_CHARS
                ? "must be at most " + MAX_CHARS + " characters"
                : !name.strip().equals(name)
                    ? "must not start or end with white space"
                    : name.chars().anyMatch(Character::isISOControl)
                        ? "must not hold control characters"
                        : null;
    if (reason != null) {
      throw new ProblemException(400, "Invalid request", "name " + reason,
          List.of(new Problem.ParameterError("name", reason)), Map.of());
    }
    return name;
  }
}
