package org.supplierdiscovery.index;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * A point-in-time view of the catalogue: the searcher, its facet state (built once per refresh, not
 * per request) and the catalogue generation it shows.
 */
public final class CatalogueSearcher extends IndexSearcher {
  private final SortedSetDocValuesReaderState facetState;
  private final long generation;

  CatalogueSearcher(IndexReader reader, FacetsConfig facets, long generation) throws IOException {
    super(reader);
    this.generation = generation;
    this.facetState = hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, facets) : null;
  }

  private static boolean hasFacets(IndexReader reader) {
    return reader.leaves().stream()
        .anyMatch(
            leaf ->
                leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME)
                    != null);
  }

  /** Facet ordinals of this view, or null while the catalogue is empty. */
  public SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  public long generation() {
    return generation;
  }
}
