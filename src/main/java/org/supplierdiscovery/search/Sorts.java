package org.supplierdiscovery.search;

import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.supplierdiscovery.index.IndexFields;

/** Lucene sorts for each order; ties always fall to a stable hash of the id. */
final class Sorts {
  private static final SortField TIE = new SortField(IndexFields.ID_HASH, SortField.Type.LONG);

  private Sorts() {}

  static Sort of(SortOrder order) {
    return switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, TIE);
      case NAME -> new Sort(new SortField(IndexFields.NAME_SORT, SortField.Type.STRING), TIE);
      case LISTED -> new Sort(new SortField(IndexFields.LISTED, SortField.Type.LONG, true), TIE);
    };
  }
}
