package org.supplierdiscovery.search;

import java.util.List;
import org.apache.lucene.search.Query;

/**
 * The ranked query for a need, and each concept with the very clause of that query which scores it:
 * a hit covers a concept exactly when that clause matches it. {@code proximity}, when the need has two
 * words or more, rewards them appearing together; it reorders the first hits ({@link
 * ProximityRescorer}) and decides no match. {@code meaning} is what the need was read as by meaning: its
 * concepts are among {@code concepts}, and its nearest suppliers' clause is in {@code query}.
 */
record NeedQuery(
    Query query, List<ConceptClause> concepts, boolean matchAll, Query proximity, NeedMeaning meaning) {
  NeedQuery {
    concepts = List.copyOf(concepts);
  }

  /** One concept and its clause in {@link #query()} (the same object, not a copy). */
  record ConceptClause(Concept concept, Query clause) {}
}
