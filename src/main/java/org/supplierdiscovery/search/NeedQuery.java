package org.supplierdiscovery.search;

import java.util.List;
import org.apache.lucene.search.Query;

/**
 * The ranked query for a need, and each concept with the very clause of that query which scores it:
 * a hit covers a concept exactly when that clause matches it. {@code proximity}, when the need has two
 * words or more, rewards them appearing together; it reorders the first hits ({@link
 * ProximityRescorer}) and decides no match. {@code meaning} is what the need was read as by meaning: its
 * concepts are among {@code concepts}, and its nearest suppliers' clause is in {@code query}. {@code
 * lexical} is {@code query} without that clause: what the need's words match, which decides whether
 * anything matches at all.
 */
record NeedQuery(
    Query query, Query lexical, List<ConceptClause> concepts, boolean matchAll, Query proximity,
    NeedMeaning meaning) {
  NeedQuery {
    concepts = List.copyOf(concepts);
  }

  /** Whether the nearest suppliers in meaning may add to what the words match. */
  boolean fused() {
    return !query.equals(lexical);
  }

  /** The need by its words alone, when they match nothing and meaning waits for the last relaxation step. */
  NeedQuery lexicalOnly() {
    return new NeedQuery(lexical, lexical, concepts, matchAll, proximity, meaning.withoutNearest());
  }

  /** One concept and its clause in {@link #query()} (the same object, not a copy). */
  record ConceptClause(Concept concept, Query clause) {}
}
