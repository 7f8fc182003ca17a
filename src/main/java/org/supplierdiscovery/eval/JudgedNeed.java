package org.supplierdiscovery.eval;

import java.util.List;
import java.util.Map;

/** A buyer's need with the suppliers judged relevant to it (grade 1-3) and its split. */
public record JudgedNeed(
    String id, String need, Map<String, List<String>> filters, String split, Map<String, Integer> judgments) {
  public JudgedNeed {
    filters = filters == null ? Map.of() : Map.copyOf(filters);
    judgments = Map.copyOf(judgments);
  }

  public boolean heldOut() {
    return "heldout".equals(split);
  }
}
