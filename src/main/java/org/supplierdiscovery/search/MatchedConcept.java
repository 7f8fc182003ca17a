package org.supplierdiscovery.search;

import java.util.List;

/** One concept of the need that a supplier covers, and where: the "why" of its rank. */
public record MatchedConcept(String concept, String kind, List<String> fields) {
  public MatchedConcept {
    fields = List.copyOf(fields);
  }
}
