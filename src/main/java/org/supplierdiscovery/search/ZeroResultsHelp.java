package org.supplierdiscovery.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.supplierdiscovery.catalogue.Dimension;

/** What to offer when a need finds nothing: a looser reading, and which filter to drop. */
final class ZeroResultsHelp {
  private ZeroResultsHelp() {}

  /** The need without quotes, + and -: every word becomes an ordinary concept. */
  static String loosen(String need) {
    return need.replaceAll("(^|\\s)[+-]+", " ").replace("\"", " ").replaceAll("\\s+", " ").strip();
  }

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
}
