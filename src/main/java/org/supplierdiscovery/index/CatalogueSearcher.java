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
  private final Map<String, String> commitData;
  private final long generation;

  CatalogueSearcher(IndexReader reader, FacetsConfig facets, Map<String, String> commitData) throws IOException {
    super(reader);
    this.commitData = Map.copyOf(commitData);
    String last = commitData.get(CatalogueIndex.GENERATION);
    this.generation = last == null ? 0 : Long.parseLong(last);
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

  /** What the writer recorded with the commit this view shows. */
  Map<String, String> commitData() {
    return commitData;
  }

  public long generation() {
    return generation;
  }
}
