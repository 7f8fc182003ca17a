package org.supplierdiscovery.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.catalogue.ListingStatus;

/**
 * What to offer when a need finds nothing, besides a looser reading ({@link NeedRelaxation}): which
 * filter to drop, and which listing statuses beyond the default ones hold matches.
 */
final class ZeroResultsHelp {
  private ZeroResultsHelp() {}

  /**
   * For each filter value (any-of, required or excluded), how many results the search would have
   * without it; the dimension is named by the filter's query parameter.
   */
  static List<SearchResponse.FilterRelaxation> filterDrops(SearchRequest request, ToLongFunction<SearchRequest> count) {
    List<SearchResponse.FilterRelaxation> drops = new ArrayList<>();
    for (FilterKind kind : FilterKind.values()) {
      for (var e : request.of(kind).entrySet()) {
        for (String value : e.getValue()) {
          Map<Dimension, List<String>> fewer = new EnumMap<>(request.of(kind));
          List<String> rest = new ArrayList<>(e.getValue());
          rest.remove(value);
          fewer.put(e.getKey(), rest);
          long total = count.applyAsLong(request.with(kind, fewer));
          if (total > 0) {
            drops.add(new SearchResponse.FilterRelaxation(kind.param(e.getKey()), value, total));
          }
        }
      }
    }
    drops.sort(Comparator.comparingLong(SearchResponse.FilterRelaxation::total).reversed());
    return drops;
  }

  /**
   * For a search without a status filter, how many results each other status would add (the default
   * statuses and that one), and why those suppliers' listings have that status; none when the request
   * filters by status itself.
   */
  static List<SearchResponse.StatusRelaxation> statusIncludes(
      SearchRequest request, List<String> defaultStatus, ToLongFunction<SearchRequest> count,
      BiFunction<SearchRequest, String, List<SearchResponse.ReasonCount>> reasons) {
    for (FilterKind kind : FilterKind.values()) {
      if (!request.of(kind).getOrDefault(Dimension.STATUS, List.of()).isEmpty()) {
        return List.of();
      }
    }
    List<SearchResponse.StatusRelaxation> out = new ArrayList<>();
    for (String status : ListingStatus.labels()) {
      if (defaultStatus.contains(status)) {
        continue;
      }
      Map<Dimension, List<String>> with = new EnumMap<>(Dimension.class);
      with.putAll(request.of(FilterKind.ANY));
      List<String> statuses = new ArrayList<>(defaultStatus);
      statuses.add(status);
      with.put(Dimension.STATUS, statuses);
      SearchRequest wider = request.with(FilterKind.ANY, with);
      long total = count.applyAsLong(wider);
      if (total > 0) {
        out.add(new SearchResponse.StatusRelaxation(status, total, reasons.apply(wider, status)));
      }
    }
    return out;
  }
}
