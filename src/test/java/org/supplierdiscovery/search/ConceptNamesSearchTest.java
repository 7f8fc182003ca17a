package org.supplierdiscovery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supplierdiscovery.TestCatalogue;

/** Every way a need names a taxonomy value reaches the query, not only the first. */
class ConceptNamesSearchTest {
  @TempDir
  Path dir;

  @Test
  void aSupplierUsingTheSecondNameOfAConceptCoversIt() throws Exception {
    Path data = dir.resolve("suppliers.jsonl");
    Files.writeString(
        data,
        """
            {"id":"flowline","name":"Flowline","summary":"Bed management across acute wards.","technologyAreas":["Data"],"capabilities":["Business analytics"],"pathways":[],"standards":[],"regions":["London"],"sme":true,"listings":[{"framework":"Spark DPS","status":"active","since":"2024-03-01"}],"products":[]}
            """);
    try (TestCatalogue catalogue = TestCatalogue.load(data)) {
      assertEquals(List.of(), catalogue.report.rejected());
      SearchResponse r = catalogue.search
          .search(new SearchRequest("command centre for bed management", Map.of(), SortOrder.RELEVANCE, 1, 10));

      assertEquals(1, r.total());
      Hit hit = r.hits().get(0);
      assertEquals(
          List.of(new MatchedConcept("Command centre and capacity planning", "capability", List.of("summary"))),
          hit.matched());
    }
  }
}
