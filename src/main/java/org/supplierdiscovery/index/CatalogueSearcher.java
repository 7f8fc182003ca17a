package org.supplierdiscovery.index;

import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * A point-in-time view of the catalogue: the searcher and the commit it shows (its generation). Its
 * query cache is off: needs rarely repeat exactly, and caching their clauses costs a pass over every
 * segment.
 */
public final class CatalogueSearcher extends IndexSearcher {
  private final Map<String, String> commitData;
  private final long generation;

  CatalogueSearcher(IndexReader reader, Map<String, String> commitData) {
    super(reader);
    setQueryCache(null);
    this.commitData = Map.copyOf(commitData);
    String last = commitData.get(CatalogueIndex.GENERATION);
    this.generation = last == null ? 0 : Long.parseLong(last);
  }

  /** What the writer recorded with the commit this view shows. */
  Map<String, String> commitData() {
    return commitData;
  }

  public long generation() {
    return generation;
  }
}
