package org.supplierdiscovery.http;

/** A written reason (for an exclusion, a cancellation, ...): not blank, bounded, long text allowed. */
final class Reasons {
  static final int MAX_CHARS = 2000;

  private Reasons() {}

  /** The reason, or null when none was sent and none is {@code required}; else a 400 naming {@code field}. */
  static String check(String field, String reason, boolean required) {
    String problem = reason == null
        ? required ? "is required" : null
        : reason.isBlank()
            ? "must not be blank"
            : reason.length() > MAX_CHARS
                ? "must be at most " + MAX_CHARS + " characters"
                : reason.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\n' && ch != '\t')
                    ? "must not hold control characters other than line feeds and tabs"
                    : null;
    if (problem != null) {
      throw ProblemException.badRequest(field, problem);
    }
    return reason;
  }
}
