package org.supplierdiscovery.http;

import java.util.List;
import java.util.Map;

/**
 * Ends a request with a problem response. It is control flow, not a fault, so it carries no stack
 * trace: refusing a request (a 503 under overload above all) must cost almost nothing.
 */
public final class ProblemException extends RuntimeException {
  private final int status;
  private final String title;
  private final List<Problem.ParameterError> errors;
  private final int moreErrors;
  private final Map<String, String> headers;

  public ProblemException(int status, String title, String detail, List<Problem.ParameterError> errors,
      Map<String, String> headers) {
    super(detail, null, false, false);
    this.status = status;
    this.title = title;
    this.errors = List.copyOf(errors.subList(0, Math.min(errors.size(), Problem.MAX_NAMED_ERRORS)));
    this.moreErrors = errors.size() - this.errors.size();
    this.headers = Map.copyOf(headers);
  }

  public static ProblemException badRequest(String name, String reason) {
    return invalid("Invalid request", List.of(new Problem.ParameterError(name, reason)));
  }

  /**
   * A 400 naming every offending parameter, the detail built from the first few in linear time and
   * the rest counted.
   */
  static ProblemException invalid(String title, List<Problem.ParameterError> errors) {
    return new ProblemException(400, title, summary(errors), errors, Map.of());
  }

  static String summary(List<Problem.ParameterError> errors) {
    StringBuilder detail = new StringBuilder();
    int named = Math.min(errors.size(), Problem.MAX_NAMED_ERRORS);
    for (int i = 0; i < named; i++) {
      detail.append(i == 0 ? "" : "; ").append(errors.get(i));
    }
    if (errors.size() > named) {
      detail.append("; and ").append(errors.size() - named).append(" more");
    }
    return detail.toString();
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public List<Problem.ParameterError> errors() {
    return errors;
  }

  int moreErrors() {
    return moreErrors;
  }

  public Map<String, String> headers() {
    return headers;
  }
}
