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

  /** Whether the need matches every document: it names nothing and excludes nothing. */
  boolean everything() {
    return query instanceof MatchAllDocsQuery;
  }

  /**
   * The same need with every clause rewritten for {@code searcher} once (a word with typos becomes the
   * terms it stands for there), so the passes that rank it and the explanation of each hit do not
   * rewrite it again; each concept keeps the very clause the query and its words alone hold.
   */
  NeedQuery rewritten(IndexSearcher searcher) throws IOException {
    if (!(query instanceof BooleanQuery)) {
      return this;
    }
    IdentityHashMap<Query, Query> done = new IdentityHashMap<>();
    List<ConceptClause> clauses = new ArrayList<>();
    for (ConceptClause c : concepts) {
      Query rewritten = searcher.rewrite(c.clause());
      done.put(c.clause(), rewritten);
      clauses.add(new ConceptClause(c.concept(), rewritten));
    }
    Query words = rebuilt(lexical, done, searcher);
    Query all = fused() ? rebuilt(query, done, searcher) : words;
    return new NeedQuery(
        all, words, clauses, matchAll, proximity == null ? null : searcher.rewrite(proximity), meaning);
  }

  private static Query rebuilt(Query q, IdentityHashMap<Query, Query> done, IndexSearcher searcher)
      throws IOException {
    if (!(q instanceof BooleanQuery need)) {
      return searcher.rewrite(q);
    }
    BooleanQuery.Builder rebuilt = new BooleanQuery.Builder()
        .setMinimumNumberShouldMatch(need.getMinimumNumberShouldMatch());
    for (BooleanClause c : need.clauses()) {
      Query known = done.get(c.query());
      if (known == null) {
        known = searcher.rewrite(c.query());
        done.put(c.query(), known);
      }
      rebuilt.add(known, c.occur());
    }
    return rebuilt.build();
  }

  /** One concept and its clause in {@link #query()} (the same object, not a copy). */
  record ConceptClause(Concept concept, Query clause) {}
}
