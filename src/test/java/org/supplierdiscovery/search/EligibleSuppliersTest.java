package org.supplierdiscovery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supplierdiscovery.TestCatalogue;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.records.RandomDraw;

/** Who may be drawn within a lot, on a real index in memory: active on that very lot, within the filters. */
class EligibleSuppliersTest {
  private static final String DPS = "Online Consultation and Video Consultation DPS";
  private static final String LOT_1 = "Lot 1 - Digital triage";
  private static final String LOT_2 = "Lot 2 - Digital triage";
  @TempDir
  Path dir;
  private TestCatalogue catalogue;
  private final EligibleSuppliers eligible = new EligibleSuppliers(TestCatalogue.config().taxonomy());

  private static String supplier(String id, String area, String listings) {
    return """
        {"id":"%s","name":"Supplier %s","summary":"Digital triage.","technologyAreas":["%s"],"listings":[%s]}
        """.formatted(id, id, area, listings);
  }

  private static String listing(String lot, String status) {
    return "{\"framework\":\"" + DPS + "\",\"lot\":\"" + lot + "\",\"status\":\"" + status
        + "\",\"since\":\"2025-01-01\""
        + (status.equals("active") ? "" : ",\"reason\":\"unpaid-fee\"") + "}";
  }

  @BeforeEach
  void load() {
    catalogue = TestCatalogue.of(dir, supplier("t-ai", "Artificial intelligence (AI) and automation",
        listing(LOT_1, "active"))
        + supplier("t-data", "Data", listing(LOT_1, "active"))
        + supplier("t-suspended", "Data", listing(LOT_1, "suspended"))
        + supplier("t-other-lot", "Data", listing(LOT_2, "active"))
        // active on Lot 2 but suspended on Lot 1: its active listing is on another lot
        + supplier("t-split", "Data", listing(LOT_1, "suspended") + "," + listing(LOT_2, "active"))
        + supplier("t-spark", "Data", "{\"framework\":\"Spark DPS\",\"status\":\"active\",\"since\":\"2025-01-01\"}"));
  }

  @AfterEach
  void close() throws IOException {
    catalogue.close();
  }

  private List<String> on(String lot, SearchRequest narrowing) throws IOException {
    return RandomDraw.ordered(catalogue.index.withSearcher(view -> eligible.on(view, DPS, lot, narrowing)));
  }

  @Test
  void onlySuppliersActiveOnThatLotAreEligible() throws IOException {
    assertEquals(List.of("t-ai", "t-data"), on(LOT_1, SearchRequest.of("")));
    assertEquals(List.of("t-other-lot", "t-split"), on(LOT_2, SearchRequest.of("")));
    assertEquals(List.of(), on("Lot 3 - Digital triage", SearchRequest.of("")));
  }

  @Test
  void theSavedSearchsSupplierFiltersNarrowItButNotItsWordsOrListingFilters() throws IOException {
    SearchRequest saved = new SearchRequest("no supplier says this", Map.of(Dimension.FRAMEWORK, List.of("Spark DPS"),
        Dimension.STATUS, List.of("suspended")), Map.of(), Map.of(Dimension.TECHNOLOGY_AREA, List.of("Data")),
        SortOrder.NAME, 1, 10);
    assertEquals(List.of("t-ai"), on(LOT_1, saved));
    SearchRequest any = new SearchRequest("", Map.of(Dimension.TECHNOLOGY_AREA, List.of("Data")), SortOrder.RELEVANCE,
        1, 10);
    assertEquals(List.of("t-data"), on(LOT_1, any));
    assertEquals(Map.of(Dimension.TECHNOLOGY_AREA, List.of("Data")),
        EligibleSuppliers.supplierFilters(saved).of(FilterKind.NOT));
    assertEquals(Map.of(), EligibleSuppliers.supplierFilters(saved).of(FilterKind.ANY));
  }
}
