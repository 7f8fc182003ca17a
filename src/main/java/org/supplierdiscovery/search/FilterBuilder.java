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
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.config.Framework;
import org.supplierdiscovery.config.Taxonomy;
import org.supplierdiscovery.index.FacetFields;
import org.supplierdiscovery.index.IndexFields;

/**
 * Turns a request's filters into a drill-down query. Values of one dimension are OR'd, dimensions
 * AND'd. Framework, lot and status are one listing-level condition: "active on Lot 4" means one listing
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
    terms(request).forEach((dim, terms) -> {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      terms.forEach(t -> any.add(new TermQuery(t), BooleanClause.Occur.SHOULD));
      ddq.add(dim, any.build());
    });
    return ddq;
  }

  /**
   * Per filtered dimension, the drill-down terms any of which a supplier must have. The listing
   * dimension is always filtered, by status at least.
   */
  Map<String, List<Term>> terms(SearchRequest request) {
    Map<String, List<Term>> terms = new LinkedHashMap<>();
    for (Dimension d : FacetFields.FLAT) {
      if (!request.values(d).isEmpty()) {
        terms.put(d.param(), request.values(d).stream().map(v -> FacetFields.term(d.param(), v)).toList());
      }
    }
    terms.put(IndexFields.LISTING_DIM, listingPaths(request, statuses(request)).stream()
        .map(path -> FacetFields.term(IndexFields.LISTING_DIM, path)).toList());
    return terms;
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
