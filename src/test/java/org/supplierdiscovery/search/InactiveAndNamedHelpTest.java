package org.supplierdiscovery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * A need whose only matches have listings the search leaves out (suspended, removed, expired) says how
 * many each status holds and why (each reason with how many suppliers give it), and a need that is exactly the name of a supplier the search left out (by
 * status or filters) offers that supplier.
 */
class InactiveAndNamedHelpTest {
  @TempDir
  static Path dir;

  static TestCatalogue catalogue;

  static final SearchResponse.ReasonCount ANNUAL_REVIEW = new SearchResponse.ReasonCount("annual-review",
      "Annual review", 1);
  static final SearchResponse.ReasonCount UNPAID_FEE = new SearchResponse.ReasonCount("unpaid-fee", "Unpaid fee", 1);
  static final SearchResponse.ReasonCount WITHDRAWN = new SearchResponse.ReasonCount("withdrawn", "Withdrawn", 1);
  static final SearchResponse.ReasonCount FRAMEWORK_EXPIRED = new SearchResponse.ReasonCount("framework-expired",
      "Framework expired", 1);

  @BeforeAll
  static void load() throws Exception {
    catalogue = TestCatalogue.of(
        dir,
        """
            {"id":"kiosk-one","name":"Kiosk One","summary":"Telehealth kiosks in surgeries.","technologyAreas":["Data"],"listings":[{"framework":"Spark DPS","status":"suspended","since":"2023-01-01","reason":"annual-review"}]}
            {"id":"kiosk-two","name":"Kiosk Two","summary":"Telehealth kiosks for libraries.","technologyAreas":["Data"],"listings":[{"framework":"Spark DPS","status":"removed","since":"2020-01-01","reason":"withdrawn"},{"framework":"G-Cloud 14","lot":"Lot 2 - Cloud software","status":"expired","since":"2019-01-01"}]}
            {"id":"kiosk-three","name":"Kiosk Three","summary":"Telehealth kiosks for pharmacies.","technologyAreas":["Wearables"],"listings":[{"framework":"Spark DPS","status":"suspended","since":"2023-01-01","reason":"unpaid-fee"}]}
            {"id":"active-one","name":"Active Health","summary":"Remote monitoring at home.","technologyAreas":["Data"],"listings":[{"framework":"Spark DPS","status":"active","since":"2024-01-01"}]}
            """);
  }

  @AfterAll
  static void close() throws Exception {
    catalogue.close();
  }

  private static SearchResponse search(String need, Map<Dimension, List<String>> filters) {
    return catalogue.search.search(new SearchRequest(need, filters, SortOrder.RELEVANCE, 1, 10));
  }

  @Test
  void matchesOnlyInOtherStatusesAreCountedPerStatusUnderTheRequestsOtherFilters() {
    SearchResponse r = search("kiosks", Map.of());
    assertEquals(0, r.total());
    assertEquals(
        List.of(
            new SearchResponse.StatusRelaxation("suspended", 2, List.of(ANNUAL_REVIEW, UNPAID_FEE)),
            new SearchResponse.StatusRelaxation("removed", 1, List.of(WITHDRAWN)),
            new SearchResponse.StatusRelaxation("expired", 1, List.of(FRAMEWORK_EXPIRED))),
        r.includeStatus());

    SearchResponse data = search("kiosks", Map.of(Dimension.TECHNOLOGY_AREA, List.of("Data")));
    assertEquals(
        List.of(
            new SearchResponse.StatusRelaxation("suspended", 1, List.of(ANNUAL_REVIEW)),
            new SearchResponse.StatusRelaxation("removed", 1, List.of(WITHDRAWN)),
            new SearchResponse.StatusRelaxation("expired", 1, List.of(FRAMEWORK_EXPIRED))),
        data.includeStatus());

    // each offer is what the search then finds
    assertEquals(2, search("kiosks", Map.of(Dimension.STATUS, List.of("active", "suspended"))).total());
  }

  @Test
  void aSearchThatChoseItsStatusesOrFoundSomethingIsOfferedNone() {
    assertEquals(List.of(), search("kiosks", Map.of(Dimension.STATUS, List.of("expired", "active"))).includeStatus());
    assertEquals(List.of(), search("remote monitoring", Map.of()).includeStatus());
  }

  @Test
  void aNeedThatIsExactlyASuppliersNameOffersItWithItsListings() {
    SearchResponse r = search("  kiosk TWO ", Map.of());
    assertEquals(0, r.total());
    assertEquals(
        List.of(new SearchResponse.NamedSupplier("kiosk-two", "Kiosk Two", List.of(
            new HitListing("Spark DPS", null, "removed", "2020-01-01", "withdrawn", "Withdrawn"),
            new HitListing("G-Cloud 14", "Lot 2 - Cloud software", "expired", "2019-01-01", "framework-expired",
                "Framework expired")))),
        r.namedSuppliers());
    assertEquals(List.of(), search("kiosk", Map.of()).namedSuppliers());
  }

  @Test
  void aNamedSupplierIsOfferedWhenTheSearchLeftItOutEvenIfOthersMatched() {
    SearchResponse data = search("Kiosk Three", Map.of());
    assertEquals(0, data.total());
    assertEquals(List.of("kiosk-three"), data.namedSuppliers().stream().map(SearchResponse.NamedSupplier::id).toList());

    SearchResponse active = search("active health", Map.of());
    assertEquals(1, active.total());
    assertEquals(List.of(), active.namedSuppliers());
    SearchResponse filteredOut = search("active health", Map.of(Dimension.TECHNOLOGY_AREA, List.of("Wearables")));
    assertEquals(List.of("active-one"),
        filteredOut.namedSuppliers().stream().map(SearchResponse.NamedSupplier::id).toList());
  }
}
