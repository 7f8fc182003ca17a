package org.supplierdiscovery.search;

import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;

/**
 * A concept with its query in each text field and, for a taxonomy value, the exact tag term; combined,
 * they rank a hit.
 */
record ConceptQuery(Concept concept, Map<String, Query> fields, float tieBreaker, Term tag) {
  ConceptQuery {
    fields = Map.copyOf(fields);
  }

  /** The best field's score plus a share of the others', as a disjunction-max; null if no text. */
  Query text() {
    return fields.isEmpty() ? null : new DisjunctionMaxQuery(fields.values(), tieBreaker);
  }
}
