package org.supplierdiscovery.search;

import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A concept with its query in each text field and, for a taxonomy value, the exact tag term. The
 * per-field parts explain a hit ("covers Frailty in summary and taxonomy"); combined they rank it.
 */
record ConceptQuery(Concept concept, Map<String, Query> fields, float tieBreaker, Term tag) {
  ConceptQuery {
    fields = Map.copyOf(fields);
  }

  /** The best field's score plus a share of the others', as a disjunction-max; null if no text. */
  Query text() {
    return fields.isEmpty() ? null : new DisjunctionMaxQuery(fields.values(), tieBreaker);
  }

  /** Matches where the concept is covered at all: in any field's text or in the tags. */
  Query covered() {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    fields.values().forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
    if (tag != null) {
      any.add(new TermQuery(tag), BooleanClause.Occur.SHOULD);
    }
    return any.build();
  }
}
