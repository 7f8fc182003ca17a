package org.supplierdiscovery.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.catalogue.ListingStatus;
import org.supplierdiscovery.config.Taxonomy;
import org.supplierdiscovery.index.CatalogueSearcher;
import org.supplierdiscovery.index.FacetFields;
import org.supplierdiscovery.index.IndexFields;

/**
 * The suppliers a random allocation within a lot draws from: those with an active listing on the lot,
 * narrowed by the supplier filters of a saved search (technology area, capability, pathway, standard,
 * region, SME; any, all and none of their values). A saved search's words, and its framework, lot and
 * status filters, do not apply: the lot and "active" are the allocation's own listing condition. One
 * drill-down query over the index, built by the same {@link FilterBuilder} as searches.
 */
public final class EligibleSuppliers {
  /** The most suppliers one lot may hold for a draw; far above any real lot, and it bounds the record. */
  public static final int MAX = 10_000;

  private final FilterBuilder filters;

  public EligibleSuppliers(Taxonomy taxonomy) {
    this.filters = new FilterBuilder(FacetFields.config(), taxonomy, List.of(ListingStatus.ACTIVE.label()));
  }

  /** Too many suppliers on the lot to draw from (more than {@link #MAX}). */
  public static final class TooManyException extends RuntimeException {
    public TooManyException(long count) {
      super("The lot holds " + count + " eligible suppliers; at most " + MAX + " can be drawn from.", null, false,
          false);
    }
  }

  /** The filters of {@code request} that narrow an allocation: every kind, on supplier dimensions only. */
  public static SearchRequest supplierFilters(SearchRequest request) {
    SearchRequest narrowing = new SearchRequest("", Map.of(), SortOrder.RELEVANCE, 1, 1);
    for (FilterKind kind : FilterKind.values()) {
      Map<Dimension, List<String>> kept = new EnumMap<>(Dimension.class);
      request.of(kind).forEach((d, values) -> {
        if (!d.isListingDimension()) {
          kept.put(d, values);
        }
      });
      narrowing = narrowing.with(kind, kept);
    }
    return narrowing;
  }

  /**
   * The ids of the suppliers active on {@code lot} of {@code framework} in {@code view} that pass the
   * supplier filters of {@code narrowing}, in index order (the draw puts them in its own stated order).
   */
  public List<String> on(CatalogueSearcher view, String framework, String lot, SearchRequest narrowing)
      throws IOException {
    Map<Dimension, List<String>> any = new EnumMap<>(Dimension.class);
    any.putAll(supplierFilters(narrowing).of(FilterKind.ANY));
    any.put(Dimension.FRAMEWORK, List.of(framework));
    any.put(Dimension.LOT, List.of(lot));
    any.put(Dimension.STATUS, List.of(ListingStatus.ACTIVE.label()));
    SearchRequest request = supplierFilters(narrowing).with(FilterKind.ANY, any);
    Query query = filters.build(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_SUPPLIER)), request);
    int count = view.count(query);
    if (count > MAX) {
      throw new TooManyException(count);
    }
    List<String> ids = new ArrayList<>(count);
    if (count == 0) {
      return ids;
    }
    TopDocs top = view.search(query, count);
    var stored = view.storedFields();
    for (ScoreDoc sd : top.scoreDocs) {
      ids.add(stored.document(sd.doc, Set.of(IndexFields.ID)).get(IndexFields.ID));
    }
    return ids;
  }
}
