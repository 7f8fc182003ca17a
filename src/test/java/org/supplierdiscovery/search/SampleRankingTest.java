package org.supplierdiscovery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supplierdiscovery.TestCatalogue;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.index.SupplierDocument;

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
    assertEquals("capability", r.dropFilters().get(0).dimension());
    assertTrue(r.dropFilters().get(0).total() > 0);
  }

  @Test
  void tiesAreBrokenByIdHashNotInsertionOrder(@TempDir Path dir) throws Exception {
    // Browsing scores every supplier alike: the order is the tie-break alone, here on the same suppliers
    // loaded in the file's order and in reverse.
    List<String> lines = Files.readAllLines(TestCatalogue.SAMPLE).stream().filter(l -> !l.isBlank()).toList();
    Path reversed = dir.resolve("reversed.jsonl");
    Files.write(reversed, lines.reversed());
    SearchRequest browse = new SearchRequest("", Map.of(), SortOrder.RELEVANCE, 1, 20);
    List<String> forward = ids(sample.search.search(browse));
    try (TestCatalogue backwards = TestCatalogue.load(reversed)) {
      assertEquals(forward, ids(backwards.search.search(browse)));
    }
    List<String> byHash = forward.stream().sorted(Comparator.comparingLong(SupplierDocument::idHash)).toList();
    assertEquals(byHash, forward, "ties fall in the order of the id hash");
    ObjectMapper json = new ObjectMapper();
    List<String> inserted = new ArrayList<>();
    for (String line : lines.subList(0, 20)) {
      inserted.add(json.readTree(line).path("id").asText());
    }
    assertNotEquals(inserted, forward, "not the order the file gave");
  }

  private static List<String> ids(SearchResponse r) {
    return r.hits().stream().map(Hit::id).toList();
  }
}
