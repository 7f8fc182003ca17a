package org.supplierdiscovery.search;

import java.util.List;
import java.util.stream.Collectors;

/** A request the engine will not run, with every offending parameter named. */
public final class InvalidRequestException extends RuntimeException {
  private static final int NAMED = 20;
  private final List<ParameterProblem> problems;

  public InvalidRequestException(List<ParameterProblem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  public InvalidRequestException(String parameter, String reason) {
    this(List.of(new ParameterProblem(parameter, reason)));
  }

  /** The first few problems and a count of the rest, joined in linear time whatever their number. */
  private static String summary(List<ParameterProblem> problems) {
    String named = problems.stream().limit(NAMED).map(ParameterProblem::toString).collect(Collectors.joining("; "));
    return problems.size() <= NAMED ? named : named + "; and " + (problems.size() - NAMED) + " more";
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
