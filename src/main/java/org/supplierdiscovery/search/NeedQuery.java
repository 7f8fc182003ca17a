package org.supplierdiscovery.search;

import java.util.List;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * The ranked query for a need, and each concept with the very clause of that query which scores it:
 * a hit covers a concept exactly when that clause matches it. {@code proximity}, when the need has two
 * words or more, rewards them appearing together; it reorders the first hits ({@link
 * ProximityRescorer}) and decides no match.
 */
record NeedQuery(Query query, List<ConceptClause> concepts, boolean matchAll, Query proximity) {
  NeedQuery {
    concepts = List.copyOf(concepts);
  }

  /** Whether the need matches every document: it names nothing and excludes nothing. */
  boolean everything() {
    return query instanceof MatchAllDocsQuery;
  }

  /** One concept and its clause in {@link #query()} (the same object, not a copy). */
  record ConceptClause(Concept concept, Query clause) {}
}
