package org.supplierdiscovery.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** One ranked supplier with the evidence for its place. */
public record Hit(
    String id,
    String name,
    String summary,
    Float score,
    List<String> technologyAreas,
    List<String> capabilities,
    List<String> pathways,
    JsonNode listings,
    Map<String, List<String>> highlights,
    List<MatchedConcept> matched,
    int conceptsTotal) {

  public Hit {
    technologyAreas = List.copyOf(technologyAreas);
    capabilities = List.copyOf(capabilities);
    pathways = List.copyOf(pathways);
    highlights = Map.copyOf(highlights);
    matched = List.copyOf(matched);
  }
}
