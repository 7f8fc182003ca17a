package org.supplierdiscovery.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.search.SearchRequest;
import org.supplierdiscovery.search.SortOrder;

class SearchSummaryTest {
  @Test
  void namesTheNeedTheFrameworkAndEachFilter() {
    SearchRequest r = new SearchRequest("virtual ward platform",
        Map.of(Dimension.FRAMEWORK, List.of("Spark DPS"), Dimension.TECHNOLOGY_AREA, List.of("Wearables")),
        SortOrder.RELEVANCE, 1, 10);
    assertEquals("12 suppliers for 'virtual ward platform' on Spark DPS, technology area Wearables",
        SearchSummary.sentence(r, 12));
  }

  @Test
  void saysAllOfNoneOfAndTheSortAndCountsOneSupplierInTheSingular() {
    SearchRequest r = new SearchRequest("", Map.of(),
        Map.of(Dimension.CAPABILITY, List.of("Remote monitoring", "Digital triage")),
        Map.of(Dimension.REGION, List.of("London")), SortOrder.NAME, 1, 10);
    assertEquals("1 supplier in the catalogue, capability Remote monitoring and Digital triage, not region London,"
        + " sorted by name", SearchSummary.sentence(r, 1));
  }
}
