package org.supplierdiscovery.search;

import java.util.List;

/** A request the engine will not run, with every offending parameter named. */
public final class InvalidRequestException extends RuntimeException {
  private final List<ParameterProblem> problems;

  public InvalidRequestException(List<ParameterProblem> problems) {
    super(problems.stream().map(ParameterProblem::toString).reduce((a, b) -> a + "; " + b).orElse(""));
    this.problems = List.copyOf(problems);
  }

  public InvalidRequestException(String parameter, String reason) {
    this(List.of(new ParameterProblem(parameter, reason)));
  }

  public List<ParameterProblem> problems() {
    return problems;
  }

  /** One offending parameter and why. */
  public record ParameterProblem(String name, String reason) {
    @Override
    public String toString() {
      return name + ": " + reason;
    }
  }
}
