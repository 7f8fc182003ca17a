package org.supplierdiscovery.search;

import java.util.List;

/** One value of a facet dimension with its count; a framework's lots are its children. */
public record FacetValue(String value, long count, boolean selected, List<FacetValue> children) {
  public FacetValue {
    children = children == null ? List.of() : List.copyOf(children);
  }
}
