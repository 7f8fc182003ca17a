package org.supplierdiscovery.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.supplierdiscovery.TestCatalogue.facetCounts;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.supplierdiscovery.TestCatalogue;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.search.Hit;
import org.supplierdiscovery.search.SearchRequest;
import org.supplierdiscovery.search.SearchResponse;
import org.supplierdiscovery.search.SortOrder;

/** Exact drill-sideways counts over the six-supplier fixture. */
class FacetCountsTest {
  static TestCatalogue catalogue;

  @BeforeAll
  static void load() {
    catalogue = TestCatalogue.load(TestCatalogue.TINY);
  }

  @AfterAll
  static void close() throws Exception {
    catalogue.close();
  }

  private static SearchResponse browse(Map<Dimension, List<String>> filters) {
    return catalogue.search.search(new SearchRequest("", filters, SortOrder.NAME, 1, 10));
  }

  private static List<String> ids(SearchResponse r) {
    return r.hits().stream().map(Hit::id).toList();
  }

  @Test
  void defaultBrowseShowsActiveSuppliersOnly() {
    SearchResponse r = browse(Map.of());
    assertEquals(5, r.total());
    assertEquals(List.of("alpha-rpm", "beta-video", "delta-wear", "gamma-triage", "zeta-data"), ids(r));
    assertEquals(
        Map.of("Wearables", 2L, "Data", 2L, "Internet of Things (IoT)", 1L,
            "Artificial intelligence (AI) and automation", 1L),
        facetCounts(r, "technologyArea"));
    assertEquals(
        Map.of(
            "Spark DPS", 2L,
            "Online Consultation and Video Consultation DPS", 2L,
            "Online Consultation and Video Consultation DPS / Lot 1 - Digital triage", 1L,
            "Online Consultation and Video Consultation DPS / Lot 4 - Video consultation", 1L,
            "Digital Care Services Catalogue", 1L,
            "ACS and STP Development Partner Framework", 1L),
        facetCounts(r, "framework"));
    assertEquals(Map.of("active*", 5L, "suspended", 2L, "removed", 1L), facetCounts(r, "status"));
    assertEquals(8, r.facets().get("technologyArea").size());
  }

  @Test
  void selectedDimensionKeepsItsOtherCounts() {
    SearchResponse r = browse(Map.of(Dimension.TECHNOLOGY_AREA, List.of("Wearables")));
    assertEquals(List.of("alpha-rpm", "delta-wear"), ids(r));
    assertEquals(
        Map.of("Wearables*", 2L, "Data", 2L, "Internet of Things (IoT)", 1L,
            "Artificial intelligence (AI) and automation", 1L),
        facetCounts(r, "technologyArea"));
    assertEquals(
        Map.of("Remote monitoring", 1L, "Virtual ward platform", 1L, "Patient-facing app", 1L),
        facetCounts(r, "capability"));
  }

  @Test
  void valuesOfOneDimensionAreOredAndDimensionsAnded() {
    assertEquals(4, browse(Map.of(Dimension.TECHNOLOGY_AREA, List.of("Wearables", "Data"))).total());
    SearchResponse both = browse(
        Map.of(Dimension.TECHNOLOGY_AREA, List.of("Wearables"), Dimension.CAPABILITY, List.of("Remote monitoring")));
    assertEquals(List.of("alpha-rpm"), ids(both));
  }

  @Test
  void lotAndStatusMustHoldOnTheSameListing() {
    assertEquals(List.of("gamma-triage"), ids(browse(Map.of(Dimension.LOT, List.of("Lot 1 - Digital triage")))));
    assertEquals(
        List.of("beta-video"),
        ids(browse(Map.of(Dimension.LOT, List.of("Lot 1 - Digital triage"), Dimension.STATUS, List.of("suspended")))));
    SearchResponse fw = browse(Map.of(Dimension.FRAMEWORK, List.of("Spark DPS")));
    assertEquals(List.of("alpha-rpm", "delta-wear"), ids(fw));
    assertEquals(Map.of("active*", 2L, "suspended", 1L, "removed", 1L), facetCounts(fw, "status"));
  }

  @Test
  void suspendedSuppliersAppearWhenAskedFor() {
    SearchResponse r = browse(Map.of(Dimension.STATUS, List.of("suspended")));
    assertEquals(List.of("beta-video", "epsilon-suspended"), ids(r));
    assertEquals(Map.of("active", 5L, "suspended*", 2L, "removed", 1L), facetCounts(r, "status"));
  }

  @Test
  void sortsByMostRecentlyListed() {
    SearchResponse r = catalogue.search.search(new SearchRequest("", Map.of(), SortOrder.LISTED, 1, 10));
    assertEquals(List.of("delta-wear", "gamma-triage", "alpha-rpm", "beta-video", "zeta-data"), ids(r));
  }

  @Test
  void pagesAreSlicesOfTheSameOrder() {
    SearchResponse p2 = catalogue.search.search(new SearchRequest("", Map.of(), SortOrder.NAME, 2, 2));
    assertEquals(List.of("delta-wear", "gamma-triage"), ids(p2));
    assertEquals(5, p2.total());
  }

  @Test
  void reloadingTheSameFileIsIdempotent() throws Exception {
    try (TestCatalogue twice = TestCatalogue.load(TestCatalogue.TINY)) {
      new org.supplierdiscovery.ingest.CatalogueLoader(TestCatalogue.reader(), twice.writer)
          .load(TestCatalogue.TINY, line -> {});
      assertEquals(6, twice.index.size());
      assertEquals(2, twice.index.generation());
    }
  }
}
