package org.supplierdiscovery.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * A point-in-time view of the catalogue: the searcher, its facet state per dimension (built once per
 * refresh, not per request) and the catalogue generation it shows.
 */
public final class CatalogueSearcher extends IndexSearcher {
  private final Map<String, SortedSetDocValuesReaderState> facetStates = new HashMap<>();
  private final long generation;

  CatalogueSearcher(IndexReader reader, FacetsConfig facets, long generation) throws IOException {
    super(reader);
    this.generation = generation;
    for (String dim : FacetFields.DIMS) {
      String field = FacetFields.field(dim);
      if (hasField(reader, field)) {
        facetStates.put(dim, new DefaultSortedSetDocValuesReaderState(reader, field, facets));
      }
    }
  }

  private static boolean hasField(IndexReader reader, String field) {
    return reader.leaves().stream().anyMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo(field) != null);
  }

  /** Facet ordinals of one dimension in this view, or null while no supplier has a value in it. */
  public SortedSetDocValuesReaderState facetState(String dim) {
    return facetStates.get(dim);
  }

  public long generation() {
    return generation;
  }
}
