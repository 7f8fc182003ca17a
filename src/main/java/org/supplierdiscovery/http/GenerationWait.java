package org.supplierdiscovery.http;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.supplierdiscovery.index.CatalogueIndex;

/**
 * Read-your-writes: a read that names {@code minGeneration} (the generation a write was acknowledged
 * with) is answered only from that generation or a later one. It waits up to a bound for a replica to
 * catch up, then answers 503 with Retry-After rather than an older catalogue.
 */
final class GenerationWait {
  static final String PARAM = "minGeneration";
  /** Answers carry the generation they were served from in this header (searches in their body too). */
  static final String HEADER = "Catalogue-Generation";
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");
  private final CatalogueIndex index;
  private final Duration max;

  GenerationWait(CatalogueIndex index, Duration max) {
    this.index = index;
    this.max = max;
  }

  /** Returns once searches see {@code min} or later; else throws a 503. {@code 0} never waits. */
  void await(long min) {
    if (min == 0) {
      return;
    }
    boolean reached;
    try {
      reached = index.awaitGeneration(min, max);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      reached = false;
    }
    if (!reached) {
      String reason = "generation " + min + " not reached within " + max.toMillis() + " ms";
      throw new ProblemException(503, "Service unavailable", "This server answers from generation "
          + index.generation() + "; " + reason + ". Retry, or read from the primary.",
          List.of(new Problem.ParameterError(PARAM, reason)), Map.of("Retry-After", "1"));
    }
  }

  /** Takes {@code minGeneration} out of the query parameters, checked; 0 when absent. */
  static long take(Map<String, List<String>> params) {
    List<String> values = params.remove(PARAM);
    if (values == null) {
      return 0;
    }
    if (values.size() > 1) {
      throw ProblemException.badRequest(PARAM, "give it once");
    }
    if (!DIGITS.matcher(values.getFirst()).matches()) {
      throw ProblemException.badRequest(PARAM, "must be a whole number of 0 or more in digits 0-9");
    }
    return Long.parseLong(values.getFirst());
  }

  /** A body's {@code minGeneration}, checked; 0 when absent. */
  static long of(Long value) {
    if (value == null) {
      return 0;
    }
    if (value < 0) {
      throw ProblemException.badRequest(PARAM, "must be a whole number of 0 or more");
    }
    return value;
  }
}
