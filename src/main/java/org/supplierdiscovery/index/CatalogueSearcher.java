package org.supplierdiscovery.index;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * A point-in-time view of the catalogue: the searcher and the catalogue generation it shows. Its
 * query cache is off: needs rarely repeat exactly, and caching their clauses costs a pass over every
 * segment.
 */
public final class CatalogueSearcher extends IndexSearcher {
  private final long generation;

  CatalogueSearcher(IndexReader reader, long generation) {
    super(reader);
    setQueryCache(null);
    this.generation = generation;
  }

  public long generation() {
    return generation;
  }
}
