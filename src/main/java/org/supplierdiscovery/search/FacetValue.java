package org.supplierdiscovery.search;

import java.util.List;

/**
 * One value of a facet dimension with its count and how the request uses it: {@code selected} when
 * it is one of the values asked for (any of them, or every one when {@code required}),
 * {@code excluded} when suppliers with it are left out. A framework's lots are its children.
 */
public record FacetValue(
    String value, long count, boolean selected, boolean required, boolean excluded, List<FacetValue> children) {
  public FacetValue {
    children = children == null ? List.of() : List.copyOf(children);
  }
}
