package org.supplierdiscovery.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.config.FacetSettings;
import org.supplierdiscovery.config.Framework;
import org.supplierdiscovery.config.Taxonomy;
import org.supplierdiscovery.index.FacetFields;
import org.supplierdiscovery.index.IndexFields;

/**
 * Counts every dimension for one search, drill-sideways: each dimension's counts apply every filter
 * except its own, so a buyer who ticked one technology area still sees how many the others have.
 * Framework and lot counts sum listing paths over the statuses shown.
 */
final class FacetCounter {
  private final Taxonomy taxonomy;
  private final FacetSettings settings;
  private final FilterBuilder filters;

  FacetCounter(Taxonomy taxonomy, FacetSettings settings, FilterBuilder filters) {
    this.taxonomy = taxonomy;
    this.settings = settings;
    this.filters = filters;
  }

  Map<String, List<FacetValue>> count(MatchSet matches, SearchRequest request) {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    Dim listing = new Dim(matches, IndexFields.LISTING_DIM);
    out.put(Dimension.TECHNOLOGY_AREA.param(), flat(matches, Dimension.TECHNOLOGY_AREA, request));
    out.put(Dimension.FRAMEWORK.param(), frameworks(listing, request));
    for (Dimension d : FacetFields.FLAT) {
      if (d != Dimension.TECHNOLOGY_AREA) {
        out.put(d.param(), flat(matches, d, request));
      }
    }
    out.put(Dimension.STATUS.param(), statuses(listing, request));
    return out;
  }

  private List<FacetValue> flat(MatchSet matches, Dimension d, SearchRequest request) {
    Dim dim = new Dim(matches, d.param());
    List<FacetValue> values = new ArrayList<>();
    for (String v : taxonomy.values(d)) {
      values.add(value(request, d, v, dim.value(v), request.values(d).contains(v), null));
    }
    return ordered(values);
  }

  private List<FacetValue> frameworks(Dim listing, SearchRequest request) {
    List<String> statuses = filters.statuses(request);
    List<FacetValue> values = new ArrayList<>();
    for (Framework fw : taxonomy.frameworks()) {
      List<FacetValue> lots = new ArrayList<>();
      for (String lot : fw.lots()) {
        lots.add(value(request, Dimension.LOT, lot, listing.sum(statuses, fw.name(), lot),
            request.values(Dimension.LOT).contains(lot), null));
      }
      values.add(value(request, Dimension.FRAMEWORK, fw.name(), listing.sum(statuses, fw.name()),
          request.values(Dimension.FRAMEWORK).contains(fw.name()), keep(lots)));
    }
    return ordered(values);
  }

  private List<FacetValue> statuses(Dim listing, SearchRequest request) {
    List<String> selected = filters.statuses(request);
    List<FacetValue> values = new ArrayList<>();
    for (String status : taxonomy.values(Dimension.STATUS)) {
      long count = 0;
      for (String[] path : filters.listingPaths(request, List.of(status))) {
        count += listing.value(path);
      }
      values.add(value(request, Dimension.STATUS, status, count, selected.contains(status), null));
    }
    return ordered(values);
  }

  private static FacetValue value(SearchRequest request, Dimension d, String value, long count, boolean anyOf,
      List<FacetValue> children) {
    boolean required = request.required(d).contains(value);
    return new FacetValue(value, count, anyOf || required, required, request.excluded(d).contains(value), children);
  }

  private List<FacetValue> ordered(List<FacetValue> values) {
    List<FacetValue> kept = new ArrayList<>(keep(values));
    kept.sort(Comparator.comparingLong(FacetValue::count).reversed());
    return kept;
  }

  private List<FacetValue> keep(List<FacetValue> values) {
    return settings.showZeroCounts()
        ? values
        : values.stream().filter(v -> v.count() > 0 || v.selected() || v.excluded()).toList();
  }

  /** Counts of one dimension, over the matches that pass every other dimension's filter. */
  private record Dim(MatchSet matches, String dim) {
    long value(String... path) {
      return matches.count(FacetFields.term(dim, path), dim);
    }

    long sum(List<String> statuses, String... path) {
      long sum = 0;
      for (String status : statuses) {
        String[] full = new String[path.length + 1];
        full[0] = status;
        System.arraycopy(path, 0, full, 1, path.length);
        sum += value(full);
      }
      return sum;
    }
  }
}
