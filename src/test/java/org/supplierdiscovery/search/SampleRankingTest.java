package org.supplierdiscovery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.supplierdiscovery.TestCatalogue;
import org.supplierdiscovery.catalogue.Dimension;

/** Ranking on the sample catalogue, for needs whose right answers the records make plain. */
class SampleRankingTest {
  static TestCatalogue sample;

  @BeforeAll
  static void load() {
    sample = TestCatalogue.load(TestCatalogue.SAMPLE);
  }

  @AfterAll
  static void close() throws Exception {
    sample.close();
  }

  private static SearchResponse search(String need) {
    return sample.search.search(SearchRequest.of(need));
  }

  @Test
  void everySampleRecordLoads() {
    assertEquals(List.of(), sample.report.rejected());
    assertTrue(sample.report.loaded() >= 300, "sample has " + sample.report.loaded());
  }

  @Test
  void topThreeForTheVirtualWardNeedOfferAllThree() {
    SearchResponse r = search("remote monitoring wearables frailty pathway");
    assertEquals(8, r.facets().get("technologyArea").size());
    for (Hit h : r.hits().subList(0, 3)) {
      assertTrue(h.capabilities().contains("Remote monitoring"), h.id());
      assertTrue(h.technologyAreas().contains("Wearables"), h.id());
      assertTrue(h.pathways().contains("Frailty"), h.id());
      assertTrue(
          h.matched().stream().map(MatchedConcept::concept).toList()
              .containsAll(List.of("Remote monitoring", "Wearables", "Frailty")),
          h.id() + " " + h.matched());
    }
  }

  @Test
  void aLongNeedWithAnUnknownWordStillFindsSuppliers() {
    SearchResponse r = search("virtual ward remote monitoring for copd patients zzyzzyx");
    assertTrue(r.total() > 0);
    assertTrue(r.hits().get(0).capabilities().contains("Remote monitoring")
        || r.hits().get(0).capabilities().contains("Virtual ward platform"));
  }

  @Test
  void acronymsFindWhatTheyStandFor() {
    Hit top = search("RPM").hits().get(0);
    assertTrue(top.capabilities().contains("Remote monitoring"), top.id());
    Hit epr = search("EPR").hits().get(0);
    assertTrue(epr.capabilities().contains("Electronic patient record"), epr.id());
  }

  @Test
  void typosAreForgivenAndCorrected() {
    SearchResponse r = search("fraility monitoring");
    assertEquals("frailty monitoring", r.didYouMean());
    assertTrue(r.hits().get(0).pathways().contains("Frailty"), r.hits().get(0).id());
  }

  @Test
  void excludedWordsAndRequiredWordsAreHonoured() {
    SearchResponse r = search("+telecare -pendant");
    assertTrue(r.total() > 0);
    for (Hit h : r.hits()) {
      assertTrue(h.matched().stream().anyMatch(m -> m.concept().equals("Telecare")), h.id());
    }
  }

  @Test
  void zeroResultsSuggestWhichFilterToDrop() {
    SearchResponse r = sample.search.search(
        new SearchRequest(
            "+\"pendant alarm\"",
            Map.of(Dimension.CAPABILITY, List.of("Medical imaging AI")),
            SortOrder.RELEVANCE, 1, 10));
    assertEquals(0, r.total());
    assertNotNull(r.dropFilters());
    assertEquals("capability", r.dropFilters().get(0).dimension());
    assertTrue(r.dropFilters().get(0).total() > 0);
  }

  @Test
  void tiesAreBrokenByIdHashNotInsertionOrder() {
    SearchResponse a = sample.search.search(new SearchRequest("", Map.of(), SortOrder.RELEVANCE, 1, 20));
    SearchResponse b = sample.search.search(new SearchRequest("", Map.of(), SortOrder.RELEVANCE, 1, 20));
    assertEquals(a.hits().stream().map(Hit::id).toList(), b.hits().stream().map(Hit::id).toList());
  }
}
