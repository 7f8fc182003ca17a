package org.supplierdiscovery.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.supplierdiscovery.catalogue.Dimension;

/**
 * A buyer's need and how to narrow and order it. Several values of a dimension are OR'd; dimensions
 * are AND'd. No status filter means the configured default (active listings only).
 */
public record SearchRequest(
    String text, Map<Dimension, List<String>> filters, SortOrder sort, int page, int size) {

  public SearchRequest {
    text = text == null ? "" : text;
    EnumMap<Dimension, List<String>> copy = new EnumMap<>(Dimension.class);
    if (filters != null) {
      filters.forEach(
          (d, values) -> {
            if (values != null && !values.isEmpty()) {
              copy.put(d, List.copyOf(values));
            }
          });
    }
    filters = java.util.Collections.unmodifiableMap(copy);
    sort = sort == null ? SortOrder.RELEVANCE : sort;
  }

  public static SearchRequest of(String text) {
    return new SearchRequest(text, Map.of(), SortOrder.RELEVANCE, 1, 10);
  }

  public List<String> values(Dimension dimension) {
    return filters.getOrDefault(dimension, List.of());
  }

  public SearchRequest withText(String newText) {
    return new SearchRequest(newText, filters, sort, page, size);
  }

  public SearchRequest withFilters(Map<Dimension, List<String>> newFilters) {
    return new SearchRequest(text, newFilters, sort, page, size);
  }
}
