package org.supplierdiscovery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supplierdiscovery.TestCatalogue;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.config.IndexConfig;
import org.supplierdiscovery.config.SemanticSettings;

/**
 * On an index built per test class, searched for the single nearest supplier in meaning: the meaning
 * step of a relaxation seeks the nearest among the suppliers that pass the request's filters, so a
 * narrow filter still finds the nearest that passes, not the nearest of all and then nothing.
 */
class MeaningFiltersTest {
  @TempDir
  static Path dir;

  static TestCatalogue catalogue;
  static SearchService nearestOne;

  @BeforeAll
  static void load() {
    catalogue = TestCatalogue.of(dir,
        """
            {"id":"london-falls","name":"Steady Homes","summary":"Falls prevention and detection for older people living alone.","technologyAreas":["Internet of Things (IoT)"],"regions":["London"],"listings":[{"framework":"Spark DPS","status":"active","since":"2024-03-01"}]}
            {"id":"north-falls","name":"Hearth Sensors","summary":"Sensors that tell carers when someone has had a fall at home.","technologyAreas":["Internet of Things (IoT)"],"regions":["North West"],"listings":[{"framework":"Spark DPS","status":"active","since":"2024-03-01"}]}
            {"id":"payroll","name":"Ledger Payroll","summary":"Payroll and expenses for finance teams.","technologyAreas":["Data"],"regions":["North West"],"listings":[{"framework":"Spark DPS","status":"active","since":"2024-03-01"}]}
            """);
    IndexConfig c = TestCatalogue.config();
    SemanticSettings s = c.semantic();
    SemanticSettings.Neighbours one = new SemanticSettings.Neighbours(1, s.neighbours().minSimilarity(),
        s.neighbours().weight());
    nearestOne = new SearchService(catalogue.index, new IndexConfig(c.taxonomy(), c.indexAnalyzer(),
        c.queryAnalyzer(), c.spellingAnalyzer(), c.synonymGroups(), c.ranking(), c.facets(), c.englishWords(),
        c.procurement(), new SemanticSettings(s.enabled(), s.supplierText(), s.concepts(), one, s.needCache())));
  }

  @AfterAll
  static void close() throws Exception {
    catalogue.close();
  }

  private static SearchResponse.Relaxed relaxed(Map<Dimension, List<String>> filters) {
    SearchResponse r = nearestOne.search(
        new SearchRequest("stop grandma tumbling over", filters, SortOrder.RELEVANCE, 1, 10));
    assertEquals(0, r.total());
    assertNotNull(r.relaxed(), "no step of the relaxation found a supplier");
    return r.relaxed();
  }

  private static List<String> ids(SearchResponse.Relaxed relaxed) {
    return relaxed.hits().stream().map(Hit::id).toList();
  }

  @Test
  void withoutFiltersTheNearestOfAllIsFound() {
    SearchResponse.Relaxed relaxed = relaxed(Map.of());
    assertEquals("meaning", relaxed.step());
    assertEquals(List.of("london-falls"), ids(relaxed));
  }

  @Test
  void aNarrowFilterFindsTheNearestSupplierThatPassesIt() {
    SearchResponse.Relaxed relaxed = relaxed(Map.of(Dimension.REGION, List.of("North West")));
    assertEquals("meaning", relaxed.step());
    assertEquals(List.of("north-falls"), ids(relaxed));
    assertEquals(1, relaxed.total());
  }
}
