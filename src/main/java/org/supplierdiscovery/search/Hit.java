package org.supplierdiscovery.search;

import java.util.List;

/** One ranked supplier with the evidence for its place. */
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
    int conceptsTotal) {

  public Hit {
    technologyAreas = List.copyOf(technologyAreas);
    capabilities = List.copyOf(capabilities);
    pathways = List.copyOf(pathways);
    listings = List.copyOf(listings);
    highlights = List.copyOf(highlights);
    matched = List.copyOf(matched);
  }
}
