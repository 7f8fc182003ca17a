package org.supplierdiscovery.search;

import java.util.List;

/**
 * Why a supplier ranks for what the need means rather than (or besides) its words: the concepts read
 * from the need's meaning that it covers, and where; when it is among the suppliers nearest the need,
 * how close ({@code similarity}, cosine), which of its texts that vector is made of ({@code
 * nearestBy}) and that text itself ({@code passage}, the closest of the supplier's to the need, as it
 * has one vector); {@code only} when none of the need's words or concepts matched it, so meaning alone
 * brought it.
 */
public record MeaningMatch(
    List<MatchedConcept> concepts, Float similarity, List<String> nearestBy, String passage, boolean only) {
  public MeaningMatch {
    concepts = List.copyOf(concepts);
    nearestBy = List.copyOf(nearestBy);
  }
}
