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
import org.supplierdiscovery.search.FacetValue;
import org.supplierdiscovery.search.Hit;
import org.supplierdiscovery.search.SearchRequest;
import org.supplierdiscovery.search.SearchResponse;
import org.supplierdiscovery.search.SortOrder;

/** Excluded values and values that must all be present, over the six-supplier fixture, exactly. */
class ExcludeAndRequireAllTest {
  private static final Map<String, Long> AREAS = Map.of("Wearables", 2L, "Data", 2L, "Internet of Things (IoT)", 1L,
      "Artificial intelligence (AI) and automation", 1L);
  static TestCatalogue catalogue;

  @BeforeAll
  static void load() {
    catalogue = TestCatalogue.load(TestCatalogue.TINY);
  }

  @AfterAll
  static void close() throws Exception {
    catalogue.close();
  }

  private static SearchResponse browse(
      Map<Dimension, List<String>> any, Map<Dimension, List<String>> all, Map<Dimension, List<String>> not) {
    return catalogue.search.search(new SearchRequest("", any, all, not, SortOrder.NAME, 1, 10));
  }

  private static List<String> ids(SearchResponse r) {
    return r.hits().stream().map(Hit::id).toList();
  }

  private static FacetValue value(SearchResponse r, String dim, String value) {
    return r.facets().get(dim).stream().filter(v -> v.value().equals(value)).findFirst().orElseThrow();
  }

  @Test
  void anExcludedValueLeavesOutEverySupplierWithIt() {
    SearchResponse r = browse(Map.of(), Map.of(), Map.of(Dimension.TECHNOLOGY_AREA, List.of("Wearables")));
    assertEquals(List.of("beta-video", "gamma-triage", "zeta-data"), ids(r));
    assertEquals(3, r.total());
    assertEquals(AREAS, facetCounts(r, "technologyArea"), "a dimension's counts ignore its own filter");
    FacetValue wearables = value(r, "technologyArea", "Wearables");
    assertEquals(List.of(true, false, false),
        List.of(wearables.excluded(), wearables.selected(), wearables.required()));
  }

  @Test
  void requiredValuesMustAllBePresent() {
    SearchResponse r = browse(Map.of(),
        Map.of(Dimension.TECHNOLOGY_AREA, List.of("Wearables", "Internet of Things (IoT)")),
        Map.of());
    assertEquals(List.of("alpha-rpm"), ids(r));
    assertEquals(Map.of("Wearables*", 2L, "Data", 2L, "Internet of Things (IoT)*", 1L,
        "Artificial intelligence (AI) and automation", 1L), facetCounts(r, "technologyArea"));
    assertEquals(true, value(r, "technologyArea", "Wearables").required());
  }

  @Test
  void anyOfAndExcludedCombineInOneDimension() {
    SearchResponse r = browse(Map.of(Dimension.TECHNOLOGY_AREA, List.of("Wearables")), Map.of(),
        Map.of(Dimension.TECHNOLOGY_AREA, List.of("Internet of Things (IoT)")));
    assertEquals(List.of("delta-wear"), ids(r));
  }

  @Test
  void anExclusionInOneDimensionNarrowsTheCountsOfOthers() {
    SearchResponse r = browse(Map.of(), Map.of(), Map.of(Dimension.SME, List.of("true")));
    assertEquals(List.of("beta-video", "zeta-data"), ids(r));
    assertEquals(Map.of("Data", 2L), facetCounts(r, "technologyArea"));
    assertEquals(Map.of("true", 3L, "false", 2L), facetCounts(r, "sme"));
  }

  @Test
  void anExcludedFrameworkMeansNoListingOnItInTheStatusesShown() {
    // zeta-data's Spark DPS listing was removed, so the active listings shown leave it in
    SearchResponse r = browse(Map.of(), Map.of(), Map.of(Dimension.FRAMEWORK, List.of("Spark DPS")));
    assertEquals(List.of("beta-video", "gamma-triage", "zeta-data"), ids(r));
    assertEquals(true, value(r, "framework", "Spark DPS").excluded());
  }

  @Test
  void requiredFrameworksMustEachHoldAListing() {
    SearchResponse r = browse(Map.of(),
        Map.of(Dimension.FRAMEWORK, List.of("Online Consultation and Video Consultation DPS",
            "Digital Care Services Catalogue")),
        Map.of());
    assertEquals(List.of("gamma-triage"), ids(r));
  }

  @Test
  void anExcludedStatusLeavesOutSuppliersWithAnyListingOfIt() {
    SearchResponse r = browse(Map.of(), Map.of(), Map.of(Dimension.STATUS, List.of("suspended")));
    assertEquals(List.of("alpha-rpm", "delta-wear", "gamma-triage", "zeta-data"), ids(r));
    assertEquals(Map.of("active*", 5L, "suspended", 2L, "removed", 1L), facetCounts(r, "status"));
  }

  @Test
  void zeroResultsOfferToDropARequiredValueNamedByItsParameter() {
    SearchResponse r = browse(Map.of(), Map.of(Dimension.TECHNOLOGY_AREA, List.of("Wearables", "Data")), Map.of());
    assertEquals(0, r.total());
    assertEquals(List.of("technologyArea.all Wearables 2", "technologyArea.all Data 2"),
        r.dropFilters().stream().map(d -> d.dimension() + " " + d.value() + " " + d.total()).toList());
  }
}
