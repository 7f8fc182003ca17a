package org.supplierdiscovery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supplierdiscovery.TestCatalogue;
import org.supplierdiscovery.catalogue.Dimension;

/**
 * On an index built per test class: a need in a buyer's own words finds the suppliers nearest it in
 * meaning and says so, beside what its words match, or as the last step of relaxation when they match
 * nothing; a need the catalogue's words read wholly is searched by its words alone;
 * a need near nothing adds nothing; filters and facets apply to what meaning added as to words.
 */
class MeaningSearchTest {
  @TempDir
  static Path dir;

  static TestCatalogue catalogue;

  @BeforeAll
  static void load() {
    catalogue = TestCatalogue.of(dir,
        """
            {"id":"falls","name":"Steady Homes","summary":"Falls prevention and detection for older people living alone.","technologyAreas":["Internet of Things (IoT)"],"regions":["London"],"listings":[{"framework":"Spark DPS","status":"active","since":"2024-03-01"}]}
            {"id":"payroll","name":"Ledger Payroll","summary":"Payroll and expenses for finance teams.","technologyAreas":["Data"],"regions":["London"],"listings":[{"framework":"Spark DPS","status":"active","since":"2024-03-01"}]}
            {"id":"video","name":"Beta Consult","summary":"Video consultation for GP practices.","technologyAreas":["Data"],"regions":["North West"],"listings":[{"framework":"Spark DPS","status":"active","since":"2024-03-01"}]}
            """);
  }

  @AfterAll
  static void close() throws Exception {
    catalogue.close();
  }

  private static SearchResponse search(String need) {
    return search(need, Map.of());
  }

  private static SearchResponse search(String need, Map<Dimension, List<String>> filters) {
    return catalogue.search.search(new SearchRequest(need, filters, SortOrder.RELEVANCE, 1, 10));
  }

  private static List<String> ids(SearchResponse r) {
    return r.hits().stream().map(Hit::id).toList();
  }

  @Test
  void aNeedWhoseWordsMatchNothingFindsTheSupplierByMeaningAsTheLastStep() {
    SearchResponse r = search("stop grandma tumbling over");
    assertEquals(0, r.total());
    SearchResponse.Relaxed relaxed = r.relaxed();
    assertEquals("meaning", relaxed.step());
    assertEquals("stop grandma tumbling over", relaxed.query());
    assertEquals(List.of(), relaxed.dropped());
    assertEquals(List.of(), relaxed.used());
    assertEquals("falls", relaxed.hits().get(0).id());
    Hit hit = relaxed.hits().get(0);
    assertEquals(List.of(), hit.matched());
    MeaningMatch meaning = hit.meaning();
    assertNotNull(meaning);
    assertTrue(meaning.only());
    assertEquals(TestCatalogue.config().semantic().supplierText(), meaning.nearestBy());
    assertEquals("Steady Homes. Falls prevention and detection for older people living alone.", meaning.passage());
    float min = TestCatalogue.config().semantic().neighbours().minSimilarity();
    assertTrue(meaning.similarity() >= min, meaning.similarity() + " < " + min);
  }

  @Test
  void aMeaningStepIsWhatASearchForWhatItReportsRelaxesTo() {
    SearchResponse.Relaxed relaxed = search("stop grandma tumbling over").relaxed();
    SearchResponse same = search(relaxed.query());
    assertEquals(0, same.total());
    assertEquals(relaxed.total(), same.relaxed().total());
    assertEquals(relaxed.hits().stream().map(Hit::id).toList(),
        same.relaxed().hits().stream().map(Hit::id).toList());
  }

  @Test
  void theClosestSupplierRanksFirstAndEachHitsSimilarityIsItsOwn() {
    SearchResponse r = search("stop grandma tumbling over");
    List<Float> similarities = r.relaxed().hits().stream().map(h -> h.meaning().similarity()).toList();
    for (int i = 1; i < similarities.size(); i++) {
      assertTrue(similarities.get(i - 1) >= similarities.get(i), similarities.toString());
    }
  }

  @Test
  void whenTheWordsMatchMeaningRanksBesideThemAndNothingIsRelaxed() {
    SearchResponse r = search("payroll elderly tumbling");
    assertTrue(ids(r).containsAll(List.of("payroll", "falls")), ids(r).toString());
    assertTrue(r.hits().stream().allMatch(h -> h.meaning() != null));
    assertNull(r.relaxed());
  }

  @Test
  void aSupplierFoundByItsWordsAndItsMeaningIsNotMeaningAlone() {
    Hit hit = search("video consultation without travelling").hits().get(0);
    assertEquals("video", hit.id());
    assertEquals(List.of("Video consultation"), hit.matched().stream().map(MatchedConcept::concept).toList());
    assertNotNull(hit.meaning());
    assertFalse(hit.meaning().only());
  }

  @Test
  void aNeedTheCatalogueWordsReadWhollyIsNotReadForMeaning() {
    SearchResponse r = search("video consultation");
    assertEquals(List.of("video"), ids(r));
    assertNull(r.hits().get(0).meaning());
  }

  @Test
  void aNeedNearNothingAddsNothing() {
    SearchResponse r = search("zebra crossing paint");
    assertEquals(0, r.total());
    assertNull(r.relaxed());
  }

  @Test
  void aQuotedPhraseAsksForItsWordsAndIsNotReadForMeaning() {
    SearchResponse r = search("\"grandma tumbling\"");
    assertEquals(0, r.total());
    assertTrue(r.concepts().stream().noneMatch(SearchResponse.ConceptView::meaning));
  }

  @Test
  void anExcludedWordStillExcludesASupplierNearInMeaning() {
    SearchResponse r = search("stop grandma tumbling over -steady");
    assertEquals(0, r.total());
    assertTrue(r.relaxed() == null
        || r.relaxed().hits().stream().noneMatch(h -> h.id().equals("falls")));
  }

  @Test
  void filtersAndFacetsApplyToWhatMeaningAddedAsToWords() {
    SearchResponse all = search("payroll elderly tumbling");
    SearchResponse london = search("payroll elderly tumbling", Map.of(Dimension.REGION, List.of("London")));
    List<String> inLondon = ids(all).stream().filter(id -> !id.equals("video")).toList();
    assertEquals(inLondon, ids(london));
    assertEquals(inLondon.size(), london.total());
    assertEquals(TestCatalogue.facetCounts(all, "technologyArea").get("Internet of Things (IoT)"),
        TestCatalogue.facetCounts(london, "technologyArea").get("Internet of Things (IoT)"));
    assertEquals(london.total(), TestCatalogue.facetCounts(london, "region").get("London*"));
  }

  @Test
  void browsingWithoutANeedSaysNothingOfMeaning() {
    SearchResponse r = search("");
    assertEquals(3, r.total());
    assertTrue(r.hits().stream().allMatch(h -> h.meaning() == null));
  }
}
