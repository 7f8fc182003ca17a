package org.supplierdiscovery.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillSideways.DrillSidewaysResult;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.config.FacetSettings;
import org.supplierdiscovery.config.Framework;
import org.supplierdiscovery.config.Taxonomy;
import org.supplierdiscovery.index.CatalogueSearcher;
import org.supplierdiscovery.index.FacetFields;
import org.supplierdiscovery.index.IndexFields;

/**
 * Counts every dimension for one search, drill-sideways: each dimension's counts apply every filter
 * except its own, so a buyer who ticked one technology area still sees how many the others have.
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

  Map<String, List<FacetValue>> count(
      CatalogueSearcher view, DrillSidewaysResult result, SearchRequest request) throws IOException {
    Counts counts = new Counts(view, result);
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    out.put(Dimension.TECHNOLOGY_AREA.param(), flat(counts, Dimension.TECHNOLOGY_AREA, request));
    out.put(Dimension.FRAMEWORK.param(), frameworks(counts.of(IndexFields.LISTING_DIM), request));
    for (Dimension d : FacetFields.FLAT) {
      if (d != Dimension.TECHNOLOGY_AREA) {
        out.put(d.param(), flat(counts, d, request));
      }
    }
    out.put(Dimension.STATUS.param(), statuses(counts.of(IndexFields.LISTING_DIM), request));
    return out;
  }

  private List<FacetValue> flat(Counts counts, Dimension d, SearchRequest request) throws IOException {
    Map<String, Long> byLabel = counts.of(d.param()).children(d.param());
    List<FacetValue> values = new ArrayList<>();
    for (String v : taxonomy.values(d)) {
      values.add(new FacetValue(v, byLabel.getOrDefault(v, 0L), request.values(d).contains(v), null));
    }
    return ordered(values);
  }

  private List<FacetValue> frameworks(Dim listing, SearchRequest request) throws IOException {
    List<String> statuses = filters.statuses(request);
    List<FacetValue> values = new ArrayList<>();
    for (Framework fw : taxonomy.frameworks()) {
      List<FacetValue> lots = new ArrayList<>();
      for (String lot : fw.lots()) {
        lots.add(
            new FacetValue(
                lot,
                listing.sum(statuses, fw.name(), lot),
                request.values(Dimension.LOT).contains(lot),
                null));
      }
      values.add(
          new FacetValue(
              fw.name(),
              listing.sum(statuses, fw.name()),
              request.values(Dimension.FRAMEWORK).contains(fw.name()),
              keep(lots)));
    }
    return ordered(values);
  }

  private List<FacetValue> statuses(Dim listing, SearchRequest request) throws IOException {
    List<String> selected = filters.statuses(request);
    List<FacetValue> values = new ArrayList<>();
    for (String status : taxonomy.values(Dimension.STATUS)) {
      long count = 0;
      for (String[] path : filters.listingPaths(request, List.of(status))) {
        count += listing.value(path);
      }
      values.add(new FacetValue(status, count, selected.contains(status), null));
    }
    return ordered(values);
  }

  private List<FacetValue> ordered(List<FacetValue> values) {
    List<FacetValue> kept = new ArrayList<>(keep(values));
    kept.sort(Comparator.comparingLong(FacetValue::count).reversed());
    return kept;
  }

  private List<FacetValue> keep(List<FacetValue> values) {
    return settings.showZeroCounts()
        ? values
        : values.stream().filter(v -> v.count() > 0 || v.selected()).toList();
  }

  /** Facet counts per dimension, each read from the collector that applies every other filter. */
  private static final class Counts {
    private final CatalogueSearcher view;
    private final DrillSidewaysResult result;
    private final Map<String, Dim> counted = new HashMap<>();

    Counts(CatalogueSearcher view, DrillSidewaysResult result) {
      this.view = view;
      this.result = result;
    }

    /** Counts that apply every filter but those of {@code dim}. */
    Dim of(String dim) throws IOException {
      Dim known = counted.get(dim);
      if (known == null) {
        FacetsCollector fc = collector(dim);
        SortedSetDocValuesReaderState state = view.facetState(dim);
        known = new Dim(state == null || fc == null ? null : new SortedSetDocValuesFacetCounts(state, fc));
        counted.put(dim, known);
      }
      return known;
    }

    private FacetsCollector collector(String dim) {
      String[] dims = result.drillSidewaysDims;
      for (int i = 0; dims != null && i < dims.length; i++) {
        if (dims[i].equals(dim)) {
          return result.drillSidewaysFacetsCollector[i];
        }
      }
      return result.drillDownFacetsCollector;
    }
  }

  /** Reads counts, treating a dimension or path the catalogue does not have yet as zero. */
  private record Dim(SortedSetDocValuesFacetCounts counts) {
    Map<String, Long> children(String dim, String... path) throws IOException {
      Map<String, Long> out = new LinkedHashMap<>();
      FacetResult r = safe(() -> counts.getAllChildren(dim, path));
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) {
          out.put(lv.label, lv.value.longValue());
        }
      }
      return out;
    }

    long value(String... path) throws IOException {
      Number n = safe(() -> counts.getSpecificValue(IndexFields.LISTING_DIM, path));
      return n == null ? 0 : Math.max(0, n.longValue());
    }

    long sum(List<String> statuses, String... path) throws IOException {
      long sum = 0;
      for (String status : statuses) {
        String[] full = new String[path.length + 1];
        full[0] = status;
        System.arraycopy(path, 0, full, 1, path.length);
        sum += value(full);
      }
      return sum;
    }

    private interface Read<T> {
      T get() throws IOException;
    }

    private <T> T safe(Read<T> read) throws IOException {
      if (counts == null) {
        return null;
      }
      try {
        return read.get();
      } catch (IllegalArgumentException unknownDimOrPath) {
        return null;
      }
    }
  }
}
