package org.supplierdiscovery.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
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

  /**
   * The same need with every clause rewritten for {@code searcher} once (a word with typos becomes the
   * terms it stands for there), so the passes that rank it and the explanation of each hit do not
   * rewrite it again; each concept keeps the very clause the query holds.
   */
  NeedQuery rewritten(IndexSearcher searcher) throws IOException {
    if (!(query instanceof BooleanQuery need)) {
      return this;
    }
    IdentityHashMap<Query, Query> done = new IdentityHashMap<>();
    List<ConceptClause> clauses = new ArrayList<>();
    for (ConceptClause c : concepts) {
      Query rewritten = searcher.rewrite(c.clause());
      done.put(c.clause(), rewritten);
      clauses.add(new ConceptClause(c.concept(), rewritten));
    }
    BooleanQuery.Builder rebuilt = new BooleanQuery.Builder()
        .setMinimumNumberShouldMatch(need.getMinimumNumberShouldMatch());
    for (BooleanClause c : need.clauses()) {
      Query known = done.get(c.query());
      rebuilt.add(known != null ? known : searcher.rewrite(c.query()), c.occur());
    }
    return new NeedQuery(rebuilt.build(), clauses, matchAll, proximity == null ? null : searcher.rewrite(proximity));
  }

  /** One concept and its clause in {@link #query()} (the same object, not a copy). */
  record ConceptClause(Concept concept, Query clause) {}
}
