package org.supplierdiscovery.http;

import java.util.List;

/** An RFC 9457 problem: the one shape every error takes, with the offending parameters named. */
public record Problem(String type, String title, int status, String detail, List<ParameterError> errors) {
  public Problem {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /** One offending parameter or field and why. */
  public record ParameterError(String name, String reason) {}
}
