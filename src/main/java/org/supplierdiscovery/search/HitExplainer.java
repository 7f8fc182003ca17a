package org.supplierdiscovery.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.matchhighlight.OffsetRange;
import org.supplierdiscovery.catalogue.Supplier;
import org.supplierdiscovery.index.FacetFields;
import org.supplierdiscovery.index.IndexFields;

/**
 * Explains the hits of one page from Lucene's own account of what matched: each concept's clause of the
 * ranked query says, through the Matches API, whether and in which fields it matched a hit, and the
 * offsets of the terms it matched there are what gets marked. Nothing is re-analysed or re-matched.
 */
final class HitExplainer {
  private static final String TAXONOMY = "taxonomy";
  /** Where a concept may be found, in the order buyers read them. */
  private static final List<String> SHOWN = List.of(
      TAXONOMY, IndexFields.NAME, IndexFields.SUMMARY, IndexFields.PRODUCTS, IndexFields.DESCRIPTION);

  private final List<LeafReaderContext> leaves;
  private final List<ConceptWeight> concepts = new ArrayList<>();
  private final Passages passages;
  private final boolean allContext;

  private record ConceptWeight(Concept concept, Weight weight) {}

  /**
   * Which of the need's concepts a hit covers and where, which of its context words it matched (apart,
   * since they never count as covered), and its passages with the matched words marked.
   */
  record Explanation(
      List<MatchedConcept> matched,
      List<MatchedConcept> context,
      List<MatchedConcept> meaning,
      List<Passage> highlights) {}

  HitExplainer(IndexSearcher searcher, List<NeedQuery.ConceptClause> clauses, Passages passages)
      throws IOException {
    this.leaves = searcher.getIndexReader().leaves();
    this.passages = passages;
    for (NeedQuery.ConceptClause c : clauses) {
      Weight weight = searcher.createWeight(searcher.rewrite(c.clause()), ScoreMode.COMPLETE_NO_SCORES, 1);
      concepts.add(new ConceptWeight(c.concept(), weight));
    }
    this.allContext = concepts.stream().filter(c -> !c.concept().meaning()).allMatch(c -> c.concept().context());
  }

  /**
   * Whether a concept counts toward "Covers N of M": context never does, unless the need is nothing
   * but context ("digital platform"), when its words are all there is to cover; nor does a concept read
   * by meaning, which is shown apart.
   */
  boolean counts(Concept c) {
    return !c.meaning() && (!c.context() || allContext);
  }

  /** The M of "Covers N of M". */
  int countedTotal() {
    return (int) concepts.stream().filter(c -> counts(c.concept())).count();
  }

  Explanation explain(int doc, Supplier supplier) throws IOException {
    if (concepts.isEmpty()) {
      return new Explanation(List.of(), List.of(), List.of(), List.of());
    }
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    Map<String, List<OffsetRange>> marks = new HashMap<>();
    List<MatchedConcept> matched = new ArrayList<>();
    List<MatchedConcept> context = new ArrayList<>();
    List<MatchedConcept> meaning = new ArrayList<>();
    for (ConceptWeight c : concepts) {
      Matches matches = c.weight().matches(leaf, doc - leaf.docBase);
      if (matches != null) {
        List<String> fields = fields(matches, leaf.reader(), doc - leaf.docBase, marks);
        MatchedConcept m = new MatchedConcept(c.concept().label(), c.concept().kindLabel(), fields);
        (c.concept().meaning() ? meaning : counts(c.concept()) ? matched : context).add(m);
      }
    }
    return new Explanation(matched, context, meaning, passages.cut(supplier, marks));
  }

  /** The fields, in buyers' terms, that hold matches; adds the offsets of terms matched in shown text. */
  private static List<String> fields(
      Matches matches, LeafReader reader, int doc, Map<String, List<OffsetRange>> marks) throws IOException {
    Set<String> found = new HashSet<>();
    for (String field : matches) {
      MatchesIterator it = matches.getMatches(field);
      boolean highlighted = IndexFields.HIGHLIGHTED.contains(field);
      while (it != null && it.next()) {
        found.add(shown(field));
        if (!highlighted) {
          break;
        }
        terms(it, reader, doc, marks.computeIfAbsent(field, f -> new ArrayList<>()));
      }
    }
    return SHOWN.stream().filter(found::contains).toList();
  }

  /**
   * The offsets of each term in the current match. Lucene reports a phrase as one span; its own words
   * inside that span are marked, not the words between them.
   */
  private static void terms(MatchesIterator match, LeafReader reader, int doc, List<OffsetRange> out)
      throws IOException {
    MatchesIterator sub = match.getSubMatches();
    if (sub != null) {
      while (sub.next()) {
        terms(sub, reader, doc, out);
      }
    } else if (match.startPosition() == match.endPosition() || match.getQuery() == null) {
      if (match.startOffset() >= 0) {
        out.add(new OffsetRange(match.startOffset(), match.endOffset()));
      }
    } else {
      Set<Term> words = new HashSet<>();
      match.getQuery().visit(QueryVisitor.termCollector(words));
      for (Term word : words) {
        within(reader, doc, word, match.startPosition(), match.endPosition(), out);
      }
    }
  }

  /** The offsets of {@code term} in the document at positions {@code from} to {@code to}. */
  private static void within(LeafReader reader, int doc, Term term, int from, int to, List<OffsetRange> out)
      throws IOException {
    Terms terms = reader.terms(term.field());
    TermsEnum te = terms == null ? null : terms.iterator();
    if (te == null || !te.seekExact(term.bytes())) {
      return;
    }
    PostingsEnum postings = te.postings(null, PostingsEnum.OFFSETS);
    if (postings.advance(doc) != doc) {
      return;
    }
    for (int i = 0; i < postings.freq(); i++) {
      int position = postings.nextPosition();
      if (position >= from && position <= to && postings.startOffset() >= 0) {
        out.add(new OffsetRange(postings.startOffset(), postings.endOffset()));
      }
    }
  }

  private static String shown(String field) {
    return field.equals(IndexFields.LABELS) || field.startsWith(FacetFields.field("")) ? TAXONOMY : field;
  }
}
