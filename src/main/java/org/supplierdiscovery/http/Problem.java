package org.supplierdiscovery.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem: the one shape every error takes, with the offending parameters named. At most
 * {@link #MAX_NAMED_ERRORS} are named and {@code moreErrors} counts the rest, so a request with
 * thousands of mistakes gets an answer of a few kilobytes, not one line per mistake.
 */
public record Problem(
    String type, String title, int status, String detail, List<ParameterError> errors,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) int moreErrors) {
  static final int MAX_NAMED_ERRORS = 20;

  public Problem {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  Problem(String type, String title, int status, String detail) {
    this(type, title, status, detail, List.of(), 0);
  }

  /**
   * One offending parameter or field and why. Both are clipped, since a reason may quote what the
   * client sent and an answer must stay small whatever was sent.
   */
  public record ParameterError(String name, String reason) {
    static final int MAX_NAME_CHARS = 200;
    static final int MAX_REASON_CHARS = 1_000;

    public ParameterError {
      name = clip(name, MAX_NAME_CHARS);
      reason = clip(reason, MAX_REASON_CHARS);
    }

    private static String clip(String text, int max) {
      return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    @Override
    public String toString() {
      return name + ": " + reason;
    }
  }
}
