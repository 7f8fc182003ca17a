package org.supplierdiscovery.search;

import java.util.List;

/**
 * One ranked supplier with the evidence for its place: the need's concepts it covers ({@code matched},
 * of {@code conceptsTotal}) and, apart, the context words of the need it also matched, which may
 * break ties but never count as covered; {@code meaning}, when the need's meaning brought or helped it
 * (else null), says how.
 */
public record Hit(
    String id,
    String name,
    String summary,
    Float score,
    List<String> technologyAreas,
    List<String> capabilities,
    List<String> pathways,
    List<HitListing> listings,
    List<Passage> highlights,
    List<MatchedConcept> matched,
    int conceptsTotal,
    List<MatchedConcept> context,
    MeaningMatch meaning) {

  public Hit {
    technologyAreas = List.copyOf(technologyAreas);
    capabilities = List.copyOf(capabilities);
    pathways = List.copyOf(pathways);
    listings = List.copyOf(listings);
    highlights = List.copyOf(highlights);
    matched = List.copyOf(matched);
    context = List.copyOf(context);
  }
}
