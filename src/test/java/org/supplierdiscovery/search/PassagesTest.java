package org.supplierdiscovery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supplierdiscovery.TestCatalogue;

/** Passages come from the postings offsets: in the right product, and windows of a long description. */
class PassagesTest {
  static final String FILLER = "Our team answers the phone in working hours and visits sites on request. ".repeat(5);

  @TempDir
  Path dir;

  @Test
  void marksLandOnTheMatchedWordsOfTheRightProductAndDeepInALongDescription() throws Exception {
    Path data = dir.resolve("suppliers.jsonl");
    Files.writeString(data,
        """
            {"id":"lamps","name":"Lamplight","summary":"Ward equipment.","description":"%sEvery lantern is tested.","technologyAreas":["Data"],"products":[{"name":"Brightline","description":"A desk lamp."},{"name":"Glow","description":"A lantern & kettle set."}],"listings":[{"framework":"Spark DPS","status":"active","since":"2024-03-01"}]}
            """
            .formatted(FILLER));
    try (TestCatalogue catalogue = TestCatalogue.load(data)) {
      assertEquals(List.of(), catalogue.report.rejected());
      Hit hit = catalogue.search.search(SearchRequest.of("lantern kettle")).hits().get(0);

      Passage description = hit.highlights().get(0);
      assertEquals("description", description.field());
      assertEquals(List.of("lantern"), marked(description));
      assertTrue(description.text().endsWith("Every lantern is tested."), description.text());
      assertTrue(description.text().length() <= 240, description.text());
      assertEquals(
          new Passage("products", "Glow: A lantern & kettle set.",
              List.of(new Passage.Mark(8, 15), new Passage.Mark(18, 24))),
          hit.highlights().get(1));
      assertEquals(2, hit.highlights().size());
    }
  }

  /** The words a passage marks, in order. */
  static List<String> marked(Passage p) {
    return p.marks().stream().map(m -> p.text().substring(m.start(), m.end())).toList();
  }
}
