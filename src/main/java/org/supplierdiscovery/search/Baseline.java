package org.supplierdiscovery.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.QueryBuilder;
import org.supplierdiscovery.config.IndexConfig;
import org.supplierdiscovery.index.CatalogueIndex;
import org.supplierdiscovery.index.FacetFields;
import org.supplierdiscovery.index.IndexFields;

/**
 * The rankings relevance is measured against, on the same index and filters: plain BM25 over one
 * catch-all field with any word matching, and the same with every word required (the keyword search
 * that finds nothing for long needs).
 */
public final class Baseline {
  public enum Kind {
    PLAIN_BM25, ALL_TERMS_AND
  }

  private final CatalogueIndex index;
  private final QueryBuilder words;
  private final FilterBuilder filters;

  public Baseline(CatalogueIndex index, IndexConfig config) {
    this.index = index;
    this.words = new QueryBuilder(config.indexAnalyzer());
    this.filters = new FilterBuilder(FacetFields.config(), config.taxonomy(), config.facets().defaultStatus());
  }

  /** Ranked ids and the total number of matches. */
  public record Ranking(List<String> ids, long total) {}

  public Ranking rank(Kind kind, SearchRequest request, int n) {
    BooleanClause.Occur occur = kind == Kind.PLAIN_BM25 ? BooleanClause.Occur.SHOULD : BooleanClause.Occur.MUST;
    Query text = request.text().isBlank()
        ? MatchAllDocsQuery.INSTANCE
        : words.createBooleanQuery(IndexFields.ALL, request.text(), occur);
    if (text == null) {
      return new Ranking(List.of(), 0);
    }
    try {
      return index.withSearcher(s -> {
        Query q = filters.build(text, request);
        TopDocs top = s.search(q, n, Sorts.of(SortOrder.RELEVANCE));
        List<String> ids = new ArrayList<>();
        var stored = s.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
          ids.add(stored.document(sd.doc, java.util.Set.of(IndexFields.ID)).get(IndexFields.ID));
        }
        return new Ranking(ids, s.count(q));
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
