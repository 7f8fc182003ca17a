package org.supplierdiscovery.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * A rewritten query's term structure (any of a synonym's terms, all of a phrase's), evaluated against
 * the terms one field of one document contains. Used to say which concepts a hit covers and to mark
 * its words, from the few stored texts of a page rather than the whole index.
 */
final class TermMatcher extends QueryVisitor {
  private final String field;
  private final BooleanClause.Occur occur;
  private final List<Set<String>> termGroups = new ArrayList<>();
  private final List<ByteRunAutomaton> automata = new ArrayList<>();
  private final List<TermMatcher> children = new ArrayList<>();

  private TermMatcher(String field, BooleanClause.Occur occur) {
    this.field = field;
    this.occur = occur;
  }

  /** The term structure of {@code query} (already rewritten) in one field. */
  static TermMatcher of(Query query, String field) {
    TermMatcher root = new TermMatcher(field, BooleanClause.Occur.SHOULD);
    query.visit(root);
    return root;
  }

  @Override
  public QueryVisitor getSubVisitor(BooleanClause.Occur childOccur, Query parent) {
    if (childOccur == BooleanClause.Occur.MUST_NOT) {
      return EMPTY_VISITOR;
    }
    TermMatcher child = new TermMatcher(field, childOccur);
    children.add(child);
    return child;
  }

  @Override
  public boolean acceptField(String f) {
    return field.equals(f);
  }

  @Override
  public void consumeTerms(Query query, Term... terms) {
    Set<String> group = new java.util.HashSet<>();
    for (Term t : terms) {
      group.add(t.text());
    }
    termGroups.add(group);
  }

  @Override
  public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
    automata.add(automaton.get());
  }

  private boolean required() {
    return occur == BooleanClause.Occur.MUST || occur == BooleanClause.Occur.FILTER;
  }

  boolean isEmpty() {
    return termGroups.isEmpty() && automata.isEmpty() && children.stream().allMatch(TermMatcher::isEmpty);
  }

  /** True when a document whose field holds {@code present} terms matches this structure. */
  boolean matches(Set<String> present) {
    List<Boolean> parts = new ArrayList<>();
    for (Set<String> group : termGroups) {
      parts.add(required() ? present.containsAll(group) : group.stream().anyMatch(present::contains));
    }
    for (ByteRunAutomaton a : automata) {
      parts.add(present.stream().anyMatch(t -> accepts(a, t)));
    }
    for (TermMatcher c : children) {
      if (!c.isEmpty()) {
        parts.add(c.matches(present));
      }
    }
    if (parts.isEmpty()) {
      return false;
    }
    return required() ? !parts.contains(false) : parts.contains(true);
  }

  /**
   * Adds every term and pattern this structure could match, such words being marked in snippets; a
   * phrase's words are kept together, to be marked only where the whole phrase's words occur.
   */
  void collect(Set<String> terms, List<Set<String>> phrases, List<ByteRunAutomaton> patterns) {
    for (Set<String> group : termGroups) {
      if (required() && group.size() > 1) {
        phrases.add(group);
      } else {
        terms.addAll(group);
      }
    }
    patterns.addAll(automata);
    children.forEach(c -> c.collect(terms, phrases, patterns));
  }

  static boolean accepts(ByteRunAutomaton a, String term) {
    BytesRef b = new BytesRef(term);
    return a.run(b.bytes, b.offset, b.length);
  }
}
