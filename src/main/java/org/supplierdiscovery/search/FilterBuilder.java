package org.supplierdiscovery.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.config.Framework;
import org.supplierdiscovery.config.Taxonomy;
import org.supplierdiscovery.index.FacetFields;
import org.supplierdiscovery.index.IndexFields;

/**
 * Turns a request's filters into per-dimension conditions on drill-down terms, and those into a
 * drill-down query. Any-of values of one dimension are OR'd, required ones AND'd, excluded ones
 * refused; dimensions are AND'd. Framework, lot and status are one listing-level condition: "active on Lot 4" means one listing
 * that is both, not an active listing somewhere and a Lot 4 listing elsewhere.
 */
final class FilterBuilder {
  private final FacetsConfig facets;
  private final Taxonomy taxonomy;
  private final List<String> defaultStatus;

  FilterBuilder(FacetsConfig facets, Taxonomy taxonomy, List<String> defaultStatus) {
    this.facets = facets;
    this.taxonomy = taxonomy;
    this.defaultStatus = List.copyOf(defaultStatus);
  }

  DrillDownQuery build(Query base, SearchRequest request) {
    DrillDownQuery ddq = new DrillDownQuery(facets, base);
    filters(request).forEach((dim, filter) -> ddq.add(dim, query(filter)));
    return ddq;
  }

  /** One dimension's filter as a query. */
  static Query query(DimensionFilter filter) {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (List<Term> group : filter.groups()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      group.forEach(t -> any.add(new TermQuery(t), BooleanClause.Occur.SHOULD));
      q.add(any.build(), BooleanClause.Occur.FILTER);
    }
    if (filter.groups().isEmpty()) {
      q.add(MatchAllDocsQuery.INSTANCE, BooleanClause.Occur.FILTER);
    }
    filter.excluded().forEach(t -> q.add(new TermQuery(t), BooleanClause.Occur.MUST_NOT));
    return q.build();
  }

  /**
   * What each narrowed dimension asks, as drill-down terms. The listing dimension is always
   * narrowed, by status at least; its framework and lot conditions name listings of the statuses shown.
   */
  Map<String, DimensionFilter> filters(SearchRequest request) {
    Map<String, DimensionFilter> filters = new LinkedHashMap<>();
    for (Dimension d : FacetFields.FLAT) {
      List<List<Term>> groups = new ArrayList<>();
      if (!request.values(d).isEmpty()) {
        groups.add(request.values(d).stream().map(v -> flat(d, v)).toList());
      }
      request.required(d).forEach(v -> groups.add(List.of(flat(d, v))));
      DimensionFilter filter = new DimensionFilter(groups, request.excluded(d).stream().map(v -> flat(d, v)).toList());
      if (!filter.isEmpty()) {
        filters.put(d.param(), filter);
      }
    }
    filters.put(IndexFields.LISTING_DIM, listingFilter(request));
    return filters;
  }

  private static Term flat(Dimension d, String value) {
    return FacetFields.term(d.param(), value);
  }

  private DimensionFilter listingFilter(SearchRequest request) {
    List<String> statuses = statuses(request);
    List<List<Term>> groups = new ArrayList<>();
    groups.add(listing(listingPaths(request, statuses)));
    List<Term> excluded = new ArrayList<>();
    for (Dimension d : List.of(Dimension.FRAMEWORK, Dimension.LOT, Dimension.STATUS)) {
      request.required(d).forEach(v -> groups.add(listing(shownPaths(d, v, statuses))));
      request.excluded(d).forEach(v -> excluded.addAll(listing(shownPaths(d, v, statuses))));
    }
    return new DimensionFilter(groups, excluded);
  }

  /** The listing paths that hold one framework, lot or status value, for the statuses shown. */
  private List<String[]> shownPaths(Dimension d, String value, List<String> statuses) {
    if (d == Dimension.STATUS) {
      return List.<String[]>of(new String[]{value});
    }
    List<String[]> paths = new ArrayList<>();
    for (String status : statuses) {
      if (d == Dimension.FRAMEWORK) {
        paths.add(new String[]{status, value});
      } else {
        String fw = taxonomy.frameworkOfLot(value).map(Framework::name).orElseThrow();
        paths.add(new String[]{status, fw, value});
      }
    }
    return paths;
  }

  private static List<Term> listing(List<String[]> paths) {
    return paths.stream().map(path -> FacetFields.term(IndexFields.LISTING_DIM, path)).toList();
  }

  List<String> statuses(SearchRequest request) {
    List<String> selected = request.values(Dimension.STATUS);
    return selected.isEmpty() ? defaultStatus : selected;
  }

  /** The listing paths (status / framework [/ lot]) that satisfy the request, OR'd. */
  List<String[]> listingPaths(SearchRequest request, List<String> statuses) {
    List<String[]> paths = new ArrayList<>();
    List<String> frameworks = request.values(Dimension.FRAMEWORK);
    List<String> lots = request.values(Dimension.LOT);
    for (String status : statuses) {
      if (frameworks.isEmpty() && lots.isEmpty()) {
        paths.add(new String[]{status});
        continue;
      }
      for (String fw : frameworks) {
        List<String> own = lotsOf(fw, lots);
        if (own.isEmpty()) {
          paths.add(new String[]{status, fw});
        } else {
          own.forEach(lot -> paths.add(new String[]{status, fw, lot}));
        }
      }
      for (String lot : lots) {
        String fw = taxonomy.frameworkOfLot(lot).map(Framework::name).orElseThrow();
        if (!frameworks.contains(fw)) {
          paths.add(new String[]{status, fw, lot});
        }
      }
    }
    return paths;
  }

  private List<String> lotsOf(String framework, List<String> lots) {
    List<String> own = taxonomy.framework(framework).map(Framework::lots).orElse(List.of());
    return lots.stream().filter(own::contains).toList();
  }
}
