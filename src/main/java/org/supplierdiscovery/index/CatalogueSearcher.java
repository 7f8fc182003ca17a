package org.supplierdiscovery.index;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

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

  /** The stored record of the supplier with this id, as it was sent, if this view holds it. */
  public Optional<String> storedRecord(String id) throws IOException {
    TopDocs top = search(new TermQuery(new Term(IndexFields.ID, id)), 1);
    return top.scoreDocs.length == 0
        ? Optional.empty()
        : Optional.ofNullable(SupplierDocument.storedRecord(storedFields(), top.scoreDocs[0].doc));
  }

  public long generation() {
    return generation;
  }
}
