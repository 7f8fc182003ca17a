package org.supplierdiscovery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.index.Term;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.supplierdiscovery.TestCatalogue;
import org.supplierdiscovery.index.IndexFields;

/**
 * Words that say where the buyer is ("trust", "pathway", a word most suppliers use) are context: they
 * never count toward "Covers N of M", and each hit reports them apart.
 */
class ContextWordsTest {
  static TestCatalogue sample;

  @BeforeAll
  static void load() {
    sample = TestCatalogue.load(TestCatalogue.SAMPLE);
  }

  @AfterAll
  static void close() throws Exception {
    sample.close();
  }

  private static List<String> read(SearchResponse r, boolean context) {
    return r.concepts().stream().filter(c -> c.context() == context).map(SearchResponse.ConceptView::concept).toList();
  }

  private static List<String> names(List<MatchedConcept> matched) {
    return matched.stream().map(MatchedConcept::concept).toList();
  }

  @Test
  void trustIsContextAndNeverCountsAsCovered() {
    SearchResponse r = sample.search.search(SearchRequest.of("electronic patient record for mental health trust"));
    assertEquals(List.of("Electronic patient record", "Mental health"), read(r, false));
    assertEquals(List.of("trust"), read(r, true));
    for (Hit h : r.hits()) {
      assertEquals(2, h.conceptsTotal(), h.id());
      assertFalse(names(h.matched()).contains("trust"), h.id());
    }
    assertEquals(List.of("Electronic patient record", "Mental health"), names(r.hits().get(0).matched()));
    assertTrue(r.hits().stream().anyMatch(h -> names(h.context()).equals(List.of("trust"))));
  }

  @Test
  void theExampleNeedCoversThreeOfThreeWithPathwayAsContext() {
    SearchResponse r = sample.search.search(SearchRequest.of("remote monitoring wearables frailty pathway"));
    assertEquals(List.of("pathway"), read(r, true));
    Hit top = r.hits().get(0);
    assertEquals(3, top.conceptsTotal());
    assertEquals(List.of("Remote monitoring", "Wearables", "Frailty"), names(top.matched()));
  }

  @Test
  void theBuyersOwnOrganisationIsContext() {
    SearchResponse r = sample.search.search(SearchRequest.of("population health management for the ICS"));
    assertEquals(List.of("Population health management"), read(r, false));
    assertEquals(List.of("ics"), read(r, true));
    assertEquals(1, r.hits().get(0).conceptsTotal());
  }

  @Test
  void theirIsNotPartOfTheNeed() {
    SearchResponse r = sample.search.search(SearchRequest.of("falls sensors for their homes"));
    assertFalse(r.concepts().stream().anyMatch(c -> c.concept().equals("their")), r.concepts().toString());
  }

  @Test
  void aWordAFifthOfSuppliersUseIsContext() throws Exception {
    SearchResponse r = sample.search.search(SearchRequest.of("clinicians dashboards"));
    long suppliers = sample.index.withSearcher(v -> (long) v.getIndexReader().numDocs());
    long clinicians = sample.index.withSearcher(
        v -> (long) v.getIndexReader().docFreq(new Term(IndexFields.ALL, "clinician")));
    assertTrue(clinicians >= 0.2 * suppliers, clinicians + " of " + suppliers);
    assertEquals(List.of("clinicians"), read(r, true));
  }

  @Test
  void aNeedOfContextAloneStillCountsItsWords() {
    SearchResponse r = sample.search.search(SearchRequest.of("digital platform"));
    Hit top = r.hits().get(0);
    assertEquals(2, top.conceptsTotal());
    assertEquals(List.of(), top.context());
  }
}
