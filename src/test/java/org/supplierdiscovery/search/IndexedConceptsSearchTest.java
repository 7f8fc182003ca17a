package org.supplierdiscovery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supplierdiscovery.TestCatalogue;
import org.supplierdiscovery.analysis.ConceptDictionary;
import org.supplierdiscovery.config.IndexConfig;
import org.supplierdiscovery.index.IndexFields;

/**
 * A concept named in a need is searched as the one term every name of it was indexed as: found however
 * the supplier named it, marked where it was named, and never stood for by a tag of another dimension.
 */
class IndexedConceptsSearchTest {
  @TempDir
  static Path dir;

  static TestCatalogue catalogue;

  @BeforeAll
  static void load() throws Exception {
    catalogue = TestCatalogue.of(
        dir,
        """
            {"id":"telly","name":"Telly Health","summary":"Telemonitoring of patients at home, with alerts to the ward.","technologyAreas":["Data"],"listings":[{"framework":"Spark DPS","status":"active","since":"2024-03-01"}]}
            {"id":"certified","name":"Certified Hosting","summary":"Managed hosting for trusts.","technologyAreas":["Data"],"standards":["Cyber Essentials"],"listings":[{"framework":"Spark DPS","status":"active","since":"2024-03-01"}]}
            {"id":"soc","name":"Sentinel SOC","summary":"Information security monitoring around the clock.","technologyAreas":["Security"],"capabilities":["Cyber security"],"listings":[{"framework":"Spark DPS","status":"active","since":"2024-03-01"}]}
            """);
  }

  @AfterAll
  static void close() throws Exception {
    catalogue.close();
  }

  private static Map<String, Hit> search(String need) {
    SearchResponse r = catalogue.search.search(new SearchRequest(need, Map.of(), SortOrder.RELEVANCE, 1, 10));
    return r.hits().stream().collect(Collectors.toMap(Hit::id, Function.identity()));
  }

  @Test
  void aConceptIsFoundByANameTheNeedDidNotUseAndThatNameIsMarked() {
    Hit hit = search("RPM").get("telly");
    assertEquals(List.of(new MatchedConcept("Remote monitoring", "capability", List.of("summary"))), hit.matched());
    assertEquals(List.of("Telemonitoring"), PhraseExplanationTest.marked(hit));
  }

  @Test
  void aStandardsTagNeverStandsForTheCapabilityItsNameResembles() {
    Map<String, Hit> hits = search("cyber security");
    assertEquals(Set.of("soc"), hits.keySet());
    assertEquals(
        List.of(new MatchedConcept("Cyber security", "capability", List.of("taxonomy", "summary"))),
        hits.get("soc").matched());
    assertEquals(List.of("Information security"), PhraseExplanationTest.marked(hits.get("soc")));
  }

  @Test
  void aNamedConceptIsOneTermPerFieldAndItsTagNotDozensOfPhrases() throws Exception {
    IndexConfig config = TestCatalogue.config();
    NeedParser parser = new NeedParser(3);
    var clauses = parser.parse("ml");
    var concepts = new ConceptExtractor(config, new ConceptDictionary(config)).extract(clauses);
    NeedQuery need = catalogue.index.withSearcher(
        s -> new NeedQueryBuilder(config).build(concepts, clauses, s.getIndexReader()));
    Set<Query> leaves = new HashSet<>();
    need.query().visit(new QueryVisitor() {
      @Override
      public void visitLeaf(Query query) {
        leaves.add(query);
      }

      @Override
      public void consumeTerms(Query query, Term... terms) {
        leaves.add(query);
      }
    });
    Set<String> fields = new HashSet<>();
    for (Query q : leaves) {
      Term t = assertInstanceOf(TermQuery.class, q).getTerm();
      fields.add(t.field());
      if (IndexFields.MARKED.contains(t.field())) {
        assertEquals("§technologyArea/Artificial intelligence (AI) and automation", t.text());
      }
    }
    assertEquals(IndexFields.MARKED.size() + 1, leaves.size(), leaves.toString());
    assertEquals(IndexFields.MARKED.size() + 1, fields.size(), fields.toString());
  }
}
