package org.supplierdiscovery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
 * A need that finds nothing is searched again, looser step by step, on a real index; what the answer
 * reports is exactly what a search for the looser need with the same filters finds.
 */
class RelaxedNeedTest {
  @TempDir
  static Path dir;

  static TestCatalogue catalogue;

  @BeforeAll
  static void load() {
    catalogue = TestCatalogue.of(
        dir,
        """
            {"id":"band","name":"Band Health","summary":"A wearable band for patients at home.","technologyAreas":["Wearables"],"capabilities":["Telehealth","Telecare"],"listings":[{"framework":"Spark DPS","status":"active","since":"2024-01-01"}]}
            {"id":"patch","name":"Patch Health","summary":"A wearable patch that reads the heart.","technologyAreas":["Wearables"],"capabilities":["Telehealth"],"listings":[{"framework":"Spark DPS","status":"active","since":"2024-01-01"}]}
            {"id":"booth","name":"Booth Health","summary":"A kiosk in the surgery waiting room.","technologyAreas":["Data"],"capabilities":["Telecare"],"listings":[{"framework":"Spark DPS","status":"active","since":"2024-01-01"}]}
            """);
  }

  @AfterAll
  static void close() throws Exception {
    catalogue.close();
  }

  private static SearchResponse search(String need, Map<Dimension, List<String>> filters) {
    return catalogue.search.search(new SearchRequest(need, filters, SortOrder.RELEVANCE, 1, 10));
  }

  private static List<String> ids(List<Hit> hits) {
    return hits.stream().map(Hit::id).toList();
  }

  /** The relaxed answer is the looser need's own answer under the same filters. */
  private static void ranAsReported(SearchResponse.Relaxed r, Map<Dimension, List<String>> filters) {
    SearchResponse same = search(r.query(), filters);
    assertEquals(same.total(), r.total());
    assertEquals(ids(same.hits()), ids(r.hits()));
    assertEquals(same.concepts().stream().map(SearchResponse.ConceptView::concept).toList(), r.used());
  }

  @Test
  void requiredWordsFewestSuppliersMatchAreDroppedFirst() {
    SearchResponse r = search("+wearable +kiosk", Map.of());
    assertEquals(0, r.total());
    SearchResponse.Relaxed relaxed = r.relaxed();
    assertEquals("fewer-words", relaxed.step());
    assertEquals("+wearable", relaxed.query());
    assertEquals(List.of("kiosk"), relaxed.dropped());
    assertEquals(List.of("Wearables"), relaxed.used());
    assertEquals(List.of("band", "patch"), ids(relaxed.hits()).stream().sorted().toList());
    ranAsReported(relaxed, Map.of());
  }

  @Test
  void aPhraseNoSupplierHasIsSearchedAsItsWords() {
    Map<Dimension, List<String>> wearables = Map.of(Dimension.TECHNOLOGY_AREA, List.of("Wearables"));
    SearchResponse r = search("\"patch band\" -heart", wearables);
    assertEquals(0, r.total());
    SearchResponse.Relaxed relaxed = r.relaxed();
    assertEquals("each-concept", relaxed.step());
    assertEquals("patch band", relaxed.query());
    assertEquals(List.of("-heart"), relaxed.dropped());
    assertEquals(2, relaxed.total());
    ranAsReported(relaxed, wearables);
  }

  @Test
  void aNamedValueNoSupplierUnderTheFiltersHasLeadsToTheValueItsSuppliersAlsoHave() {
    Map<Dimension, List<String>> data = Map.of(Dimension.TECHNOLOGY_AREA, List.of("Data"));
    SearchResponse r = search("telehealth", data);
    assertEquals(0, r.total());
    SearchResponse.Relaxed relaxed = r.relaxed();
    assertEquals("related-concepts", relaxed.step());
    assertEquals("Telecare", relaxed.query());
    assertEquals(List.of("Telehealth"), relaxed.dropped());
    assertEquals(List.of("Telecare"), relaxed.used());
    assertEquals(List.of("booth"), ids(relaxed.hits()));
    ranAsReported(relaxed, data);
  }

  @Test
  void aNeedThatMatchedOrThatNothingLooserHelpsIsNotRelaxed() {
    assertNull(search("wearable", Map.of()).relaxed());
    SearchResponse unknown = search("zorgblat", Map.of());
    assertEquals(0, unknown.total());
    assertNull(unknown.relaxed());
  }
}
