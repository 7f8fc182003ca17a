package org.supplierdiscovery.search;

import java.util.List;
import org.apache.lucene.search.Query;

/** The ranked query for a need, and its concepts' queries for explaining each hit. */
record NeedQuery(Query query, List<ConceptQuery> concepts, boolean matchAll) {
  NeedQuery {
    concepts = List.copyOf(concepts);
  }
}
