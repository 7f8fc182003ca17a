package org.supplierdiscovery.http;

import java.util.List;
import java.util.Map;

/** Ends a request with a problem response. */
public final class ProblemException extends RuntimeException {
  private final int status;
  private final String title;
  private final List<Problem.ParameterError> errors;
  private final Map<String, String> headers;

  public ProblemException(int status, String title, String detail, List<Problem.ParameterError> errors,
      Map<String, String> headers) {
    super(detail);
    this.status = status;
    this.title = title;
    this.errors = List.copyOf(errors);
    this.headers = Map.copyOf(headers);
  }

  public static ProblemException badRequest(String name, String reason) {
    return new ProblemException(400, "Invalid request", name + ": " + reason,
        List.of(new Problem.ParameterError(name, reason)), Map.of());
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

  public Map<String, String> headers() {
    return headers;
  }
}
