package org.supplierdiscovery.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.supplierdiscovery.catalogue.Supplier;

/**
 * Why the suppliers a search left out by status have that status: among the matches a wider search
 * would find, how many suppliers give each reason for their listings of the status. Counted over the
 * stored records of at most {@link #SAMPLE} of them, so that a need matching much of the catalogue
 * stays cheap.
 */
final class StatusReasons {
  static final int SAMPLE = 1_000;
  private final HitBuilder hits;

  StatusReasons(HitBuilder hits) {
    this.hits = hits;
  }

  List<SearchResponse.ReasonCount> count(IndexSearcher searcher, List<Integer> docs, String status) {
    Map<String, SearchResponse.ReasonCount> counts = new LinkedHashMap<>();
    for (int doc : docs) {
      for (HitListing l : reasonsOf(supplier(searcher, doc), status)) {
        counts.merge(l.reason(), new SearchResponse.ReasonCount(l.reason(), l.reasonLabel(), 1),
            (a, b) -> new SearchResponse.ReasonCount(a.reason(), a.label(), a.total() + 1));
      }
    }
    List<SearchResponse.ReasonCount> out = new ArrayList<>(counts.values());
    // most suppliers first; ties by code, since documents are in no set order once loads run in parallel
    out.sort(Comparator.comparingLong(SearchResponse.ReasonCount::total).reversed()
        .thenComparing(SearchResponse.ReasonCount::reason));
    return out;
  }

  /** One listing of the status per reason the supplier gives for it. */
  private List<HitListing> reasonsOf(Supplier s, String status) {
    Set<String> seen = new LinkedHashSet<>();
    List<HitListing> out = new ArrayList<>();
    for (HitListing l : hits.listings(s)) {
      if (l.status().equals(status) && l.reason() != null && seen.add(l.reason())) {
        out.add(l);
      }
    }
    return out;
  }

  private Supplier supplier(IndexSearcher searcher, int doc) {
    try {
      return hits.supplier(searcher, doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
