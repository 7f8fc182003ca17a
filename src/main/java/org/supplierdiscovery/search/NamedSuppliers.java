package org.supplierdiscovery.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.supplierdiscovery.catalogue.Supplier;
import org.supplierdiscovery.index.IndexFields;
import org.supplierdiscovery.index.SupplierDocument;

/** The suppliers a buyer named exactly, offered when the search left them out. */
final class NamedSuppliers {
  /** At most this many suppliers named exactly as the need are offered. */
  private static final int NAMED = 5;

  private final FilterBuilder filters;
  private final HitBuilder hits;

  NamedSuppliers(FilterBuilder filters, HitBuilder hits) {
    this.filters = filters;
    this.hits = hits;
  }

  /**
   * Suppliers whose name is exactly the need (ignoring case and the spaces around it) that the search
   * left out: of a status it did not include, or outside its filters. Two term lookups, so every search
   * can afford them.
   */
  List<SearchResponse.NamedSupplier> of(IndexSearcher searcher, SearchRequest request)
      throws IOException {
    String name = SupplierDocument.exactName(request.text());
    if (name.isEmpty()) {
      return List.of();
    }
    Query exact = new TermQuery(new Term(IndexFields.NAME_EXACT, name));
    TopDocs top = searcher.search(exact, NAMED);
    if (top.scoreDocs.length == 0) {
      return List.of();
    }
    Set<Integer> shown = new HashSet<>();
    for (ScoreDoc sd : searcher.search(filters.build(exact, request), NAMED).scoreDocs) {
      shown.add(sd.doc);
    }
    List<SearchResponse.NamedSupplier> out = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      if (shown.contains(sd.doc)) {
        continue;
      }
      Supplier s = hits.supplier(searcher, sd.doc);
      out.add(new SearchResponse.NamedSupplier(s.id(), s.name(), hits.listings(s)));
    }
    return out;
  }
}
