package org.supplierdiscovery.config;

import java.util.List;

/** How facets are presented, read from {@code index-config/facets.json}. */
public record FacetSettings(
    List<DimensionLabel> dimensions, List<String> defaultStatus, boolean showZeroCounts) {

  public FacetSettings {
    dimensions = List.copyOf(dimensions);
    defaultStatus = List.copyOf(defaultStatus);
  }

  /** A dimension's parameter name and the label buyers read. */
  public record DimensionLabel(String name, String label) {}

  public String label(String dimension) {
    return dimensions.stream()
        .filter(d -> d.name().equals(dimension))
        .map(DimensionLabel::label)
        .findFirst()
        .orElse(dimension);
  }
}
