package org.supplierdiscovery.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.search.FilterKind;
import org.supplierdiscovery.search.SearchRequest;
import org.supplierdiscovery.search.SortOrder;

/**
 * The sentence that sums up a saved search as it ran: "12 suppliers for 'virtual ward platform' on
 * Spark DPS, technology area Wearables".
 */
public final class SearchSummary {
  private SearchSummary() {}

  /** A search that was run: its sentence, how many suppliers it found and at which generation. */
  public record Ran(String summary, long total, long generation) {}

  public static String sentence(SearchRequest request, long total) {
    StringBuilder s = new StringBuilder().append(total).append(total == 1 ? " supplier" : " suppliers");
    s.append(request.text().isBlank() ? " in the catalogue" : " for '" + request.text().strip() + "'");
    List<String> frameworks = request.values(Dimension.FRAMEWORK);
    if (!frameworks.isEmpty()) {
      s.append(" on ").append(String.join(" or ", frameworks));
    }
    List<String> parts = new ArrayList<>();
    for (FilterKind kind : FilterKind.values()) {
      for (Map.Entry<Dimension, List<String>> e : request.of(kind).entrySet()) {
        if (kind != FilterKind.ANY || e.getKey() != Dimension.FRAMEWORK) {
          parts.add(part(kind, e.getKey(), e.getValue()));
        }
      }
    }
    if (!parts.isEmpty()) {
      s.append(", ").append(String.join(", ", parts));
    }
    if (request.sort() != SortOrder.RELEVANCE) {
      s.append(", sorted by ").append(request.sort().label());
    }
    return s.toString();
  }

  private static String part(FilterKind kind, Dimension d, List<String> values) {
    return switch (kind) {
      case ANY -> words(d) + " " + String.join(" or ", values);
      case ALL -> words(d) + " " + String.join(" and ", values);
      case NOT -> "not " + words(d) + " " + String.join(" or ", values);
    };
  }

  private static String words(Dimension d) {
    return switch (d) {
      case TECHNOLOGY_AREA -> "technology area";
      case FRAMEWORK -> "framework";
      case LOT -> "lot";
      case CAPABILITY -> "capability";
      case PATHWAY -> "pathway";
      case STANDARD -> "standard";
      case REGION -> "region";
      case SME -> "SME";
      case STATUS -> "listing status";
    };
  }
}
