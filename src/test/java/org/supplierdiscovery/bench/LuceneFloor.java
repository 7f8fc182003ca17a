package org.supplierdiscovery.bench;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.supplierdiscovery.index.FacetFields;
import org.supplierdiscovery.index.IndexFields;
import org.supplierdiscovery.search.FacetBits;
import org.supplierdiscovery.search.MatchSet;

/**
 * The floor the engine is measured against: Lucene alone doing the least work on the same index.
 * BM25 over the one catch-all field (any word), the same filters as plain filter clauses, top ten
 * ids, and counts of every dimension's values over the matches; no drill-sideways, no highlights,
 * no concepts, no spelling. Two variants: counts from sorted-set doc values, and counts by
 * intersecting the engine's per-segment value bitsets with the match set.
 */
final class LuceneFloor implements Closeable {
  /** What the floor answers: total matches, the top ids and every dimension's counts. */
  record Answer(long total, List<String> ids, List<FacetResult> facets) {}

  /** The same, with each value's count keyed by its drill-down term. */
  record BitsetAnswer(long total, List<String> ids, Map<BytesRef, Long> facets) {}

  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final List<SortedSetDocValuesReaderState> facetStates = new ArrayList<>();
  private final QueryBuilder words;
  private final FilterTerms filters;
  private final FacetBits facetBits = new FacetBits();

  LuceneFloor(Directory directory, Analyzer analyzer, FilterTerms filters) throws IOException {
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    // The engine turns the query cache off (needs rarely repeat); so does its floor, so the ratio
    // measures work done rather than a caching policy.
    this.searcher.setQueryCache(null);
    for (String dim : FacetFields.DIMS) {
      facetStates.add(new DefaultSortedSetDocValuesReaderState(reader, FacetFields.field(dim), FacetFields.config()));
    }
    this.words = new QueryBuilder(analyzer);
    this.filters = filters;
  }

  Answer search(BenchQuery need) throws IOException {
    var result = FacetsCollectorManager.search(searcher, query(need), 10, new FacetsCollectorManager());
    List<FacetResult> facets = new ArrayList<>();
    for (SortedSetDocValuesReaderState state : facetStates) {
      facets.addAll(new SortedSetDocValuesFacetCounts(state, result.facetsCollector()).getAllDims(100));
    }
    return new Answer(result.topDocs().totalHits.value(), ids(result.topDocs()), facets);
  }

  /** The same least work, counting every value by one bitset intersection per segment. */
  BitsetAnswer searchWithBitsets(BenchQuery need) throws IOException {
    MatchSet matches = new MatchSet(reader, facetBits, Map.of());
    // one scored pass that records every match beside the top ten, so nothing may be skipped
    Object[] results = searcher.search(query(need),
        new MultiCollectorManager(new TopScoreDocCollectorManager(10, 10), matches.recorder()));
    TopDocs top = (TopDocs) results[0];
    return new BitsetAnswer(matches.total(), ids(top), matches.countEveryValue());
  }

  private List<String> ids(TopDocs top) throws IOException {
    List<String> ids = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : top.scoreDocs) {
      ids.add(stored.document(sd.doc, Set.of(IndexFields.ID)).get(IndexFields.ID));
    }
    return ids;
  }

  Query query(BenchQuery need) {
    Query text = need.text().isBlank()
        ? MatchAllDocsQuery.INSTANCE
        : words.createBooleanQuery(IndexFields.ALL, need.text(), BooleanClause.Occur.SHOULD);
    BooleanQuery.Builder q = new BooleanQuery.Builder().add(text == null ? new MatchNoDocsQuery("no words") : text,
        BooleanClause.Occur.MUST);
    for (Map.Entry<String, List<String[]>> group : filters.of(need).entrySet()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String[] path : group.getValue()) {
        any.add(new TermQuery(FacetFields.term(group.getKey(), path)), BooleanClause.Occur.SHOULD);
      }
      q.add(any.build(), BooleanClause.Occur.FILTER);
    }
    return q.build();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
