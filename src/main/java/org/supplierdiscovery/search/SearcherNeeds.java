package org.supplierdiscovery.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * How a relaxation counts and reads needs on one point-in-time view: each need read as the search reads
 * it and counted under the request's filters, so what it counts is what a search for it finds.
 */
final class SearcherNeeds implements NeedRelaxation.Engine {
  /** Reads a need into its ranked query, as the search does. */
  interface Reading {
    NeedQuery read(String need, IndexReader reader) throws IOException;
  }

  private final IndexSearcher searcher;
  private final SearchRequest request;
  private final Reading reading;
  private final Reading byMeaning;
  private final Function<String, List<Concept>> concepts;
  private final FilterBuilder filters;
  private final RelatedConcepts related;

  /** {@code byMeaning} reads a need by meaning alone, or to null when it cannot be. */
  SearcherNeeds(IndexSearcher searcher, SearchRequest request, Reading reading, Reading byMeaning,
      Function<String, List<Concept>> concepts, FilterBuilder filters, RelatedConcepts related) {
    this.searcher = searcher;
    this.request = request;
    this.reading = reading;
    this.byMeaning = byMeaning;
    this.concepts = concepts;
    this.filters = filters;
    this.related = related;
  }

  /** Counted on the need's words: whether they match anything decides whether a search finds anything. */
  @Override
  public long count(String need) {
    try {
      return count(reading.read(need, searcher.getIndexReader()).lexical());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public long countByMeaning(String need) {
    try {
      NeedQuery near = byMeaning.read(need, searcher.getIndexReader());
      return near == null ? 0 : count(near.query());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long count(Query query) throws IOException {
    return searcher.count(filters.build(query, request));
  }

  @Override
  public List<Concept> concepts(String need) {
    return concepts.apply(need);
  }

  @Override
  public List<String> related(Concept taxonomyConcept) {
    try {
      return related.of(searcher, taxonomyConcept);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
