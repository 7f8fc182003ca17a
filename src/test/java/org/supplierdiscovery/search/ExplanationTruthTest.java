package org.supplierdiscovery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.supplierdiscovery.analysis.ConceptDictionary;
import org.supplierdiscovery.analysis.Tokens;
import org.supplierdiscovery.TestCatalogue;
import org.supplierdiscovery.config.IndexConfig;
import org.supplierdiscovery.eval.JudgedNeeds;
import org.supplierdiscovery.index.CatalogueSearcher;
import org.supplierdiscovery.index.IndexFields;
import org.supplierdiscovery.search.NeedParser.Clause;

/**
 * The explanation is held to the scoring, checked independently of how it is made: on the sample
 * catalogue, for every judged need and a few written with the small syntax, each concept shown as covered
 * is one whose query matches that supplier (and each shown as missing is one that does not), and every
 * marked word is a term the need's covered concepts ask for in that field.
 */
class ExplanationTruthTest {
  static final List<String> SYNTAX_NEEDS = List.of(
      "\"virtual ward\" frailty", "telecar* falls", "fraility remote monitering", "video consultation -triage",
      "+wearables \"remote monitoring\" COPD", "\"blue widget\" sensors");
  static TestCatalogue sample;
  static IndexConfig config;
  static NeedParser parser;
  static ConceptExtractor extractor;
  static ConceptDictionary dictionary;
  static NeedQueryBuilder builder;

  @BeforeAll
  static void load() {
    sample = TestCatalogue.load(TestCatalogue.SAMPLE);
    config = TestCatalogue.config();
    parser = new NeedParser(config.ranking().limits().minPrefixLength());
    dictionary = new ConceptDictionary(config);
    extractor = new ConceptExtractor(config, dictionary);
    builder = new NeedQueryBuilder(config);
  }

  @AfterAll
  static void close() throws Exception {
    sample.close();
  }

  @Test
  void everyConceptShownAsCoveredMatchesAndEveryMarkIsAMatchedTerm() throws Exception {
    List<String> needs = Stream.concat(
        JudgedNeeds.read(Path.of("eval/needs.jsonl")).stream().map(n -> n.need()), SYNTAX_NEEDS.stream()).toList();
    CatalogueSearcher searcher = sample.index.acquire();
    int marks = 0;
    try {
      for (String need : needs) {
        SearchResponse r = sample.search.search(SearchRequest.of(need));
        NeedQuery query = rebuilt(r.searched(), searcher);
        for (Hit hit : r.hits()) {
          assertEquals(covered(query, hit.id(), searcher), shown(hit), need + " / " + hit.id());
          marks += checkMarks(query, hit, need, searcher);
        }
      }
    } finally {
      sample.index.release(searcher);
    }
    assertTrue(marks > 1000, "marks checked: " + marks);
  }

  /** Every concept a hit is shown to match, as covered or as context. */
  private static List<String> shown(Hit hit) {
    return Stream.concat(hit.matched().stream(), hit.context().stream()).map(MatchedConcept::concept).toList();
  }

  /** The need's query, built again the way the search service builds it. */
  private static NeedQuery rebuilt(String need, IndexSearcher searcher) throws Exception {
    List<Clause> clauses = parser.parse(need);
    return builder.build(extractor.extract(clauses), clauses, searcher.getIndexReader());
  }

  /** The labels of the concepts whose clause matches the supplier, counted by a separate search. */
  private static List<String> covered(NeedQuery query, String id, IndexSearcher searcher) throws Exception {
    List<String> out = new ArrayList<>();
    for (NeedQuery.ConceptClause c : query.concepts()) {
      Query both = new BooleanQuery.Builder()
          .add(c.clause(), BooleanClause.Occur.MUST)
          .add(new TermQuery(new Term(IndexFields.ID, id)), BooleanClause.Occur.FILTER)
          .build();
      if (searcher.count(both) == 1) {
        out.add(c.concept().label());
      }
    }
    // shown as covered first, then context, each in the need's order
    List<String> ordered = new ArrayList<>();
    query.concepts().stream().filter(c -> !c.concept().context() && out.contains(c.concept().label()))
        .forEach(c -> ordered.add(c.concept().label()));
    query.concepts().stream().filter(c -> c.concept().context() && out.contains(c.concept().label()))
        .forEach(c -> ordered.add(c.concept().label()));
    return ordered;
  }

  /**
   * Each mark is one whole term that a covered concept's query asks for in the passage's field, or a
   * whole name of a concept that query asks for by its mark.
   */
  private static int checkMarks(NeedQuery query, Hit hit, String need, IndexSearcher searcher) throws Exception {
    List<Query> covered = new ArrayList<>();
    for (NeedQuery.ConceptClause c : query.concepts()) {
      if (shown(hit).contains(c.concept().label())) {
        covered.add(searcher.rewrite(c.clause()));
      }
    }
    int checked = 0;
    for (Passage p : hit.highlights()) {
      String text = p.text();
      assertTrue(!text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1))
          && (Character.isLetterOrDigit(text.charAt(0)) || "\"'(“‘".indexOf(text.charAt(0)) >= 0),
          need + " / " + hit.id() + ": a passage starts at a word and ends without space: '" + text + "'");
      FieldTerms asked = new FieldTerms(p.field());
      covered.forEach(q -> q.visit(asked));
      for (Passage.Mark m : p.marks()) {
        String word = p.text().substring(m.start(), m.end());
        assertTrue(
            Character.isLetterOrDigit(word.charAt(0)) && Character.isLetterOrDigit(word.charAt(word.length() - 1)),
            need + " / " + hit.id() + ": a mark starts and ends at a word: '" + word + "'");
        assertTrue(coveredByAsked(Tokens.of(config.indexAnalyzer(), p.field(), word), asked),
            need + " / " + hit.id() + " " + p.field() + ": " + word);
        checked++;
      }
    }
    return checked;
  }

  /**
   * Whether every word of a mark lies in a term or a concept's name the query asks for; two names that
   * overlap ("palliative care" and "care at home") are marked as one.
   */
  private static boolean coveredByAsked(List<String> terms, FieldTerms asked) {
    boolean[] covered = new boolean[terms.size()];
    for (int from = 0; from < terms.size(); from++) {
      for (int to = from + 1; to <= terms.size(); to++) {
        List<String> part = terms.subList(from, to);
        if ((part.size() == 1 && asked.accepts(part.get(0)))
            || dictionary.marks(part).stream().anyMatch(asked::accepts)) {
          java.util.Arrays.fill(covered, from, to, true);
        }
      }
    }
    for (boolean c : covered) {
      if (!c) {
        return false;
      }
    }
    return !terms.isEmpty();
  }

  /** The terms and patterns (prefixes, typos) a query asks for in one field. */
  static final class FieldTerms extends QueryVisitor {
    private final String field;
    private final Set<String> terms = new HashSet<>();
    private final List<ByteRunAutomaton> patterns = new ArrayList<>();

    FieldTerms(String field) {
      this.field = field;
    }

    @Override
    public boolean acceptField(String f) {
      return field.equals(f);
    }

    @Override
    public void consumeTerms(Query query, Term... ts) {
      for (Term t : ts) {
        terms.add(t.text());
      }
    }

    @Override
    public void consumeTermsMatching(Query query, String f, Supplier<ByteRunAutomaton> automaton) {
      patterns.add(automaton.get());
    }

    @Override
    public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
      return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
    }

    boolean accepts(String term) {
      BytesRef b = new BytesRef(term);
      return terms.contains(term) || patterns.stream().anyMatch(a -> a.run(b.bytes, b.offset, b.length));
    }
  }
}
