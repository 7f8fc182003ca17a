package org.supplierdiscovery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supplierdiscovery.TestCatalogue;

/** A phrase is covered only where its words stand together, and only words that matched are marked. */
class PhraseExplanationTest {
  @TempDir
  Path dir;

  @Test
  void aPhraseWhoseWordsStandApartIsNeitherCoveredNorMarked() throws Exception {
    Path data = dir.resolve("suppliers.jsonl");
    Files.writeString(
        data,
        """
            {"id":"together","name":"Together Ltd","summary":"Blue widget kits with sensors.","technologyAreas":["Data"],"listings":[{"framework":"Spark DPS","status":"active","since":"2024-03-01"}]}
            {"id":"apart","name":"Apart Ltd","summary":"Sensors for wards. Dashboards in blue, bright and calm, which any team can read at a glance from across a room; every widget is configurable.","technologyAreas":["Data"],"listings":[{"framework":"Spark DPS","status":"active","since":"2024-03-01"}]}
            """);
    try (TestCatalogue catalogue = TestCatalogue.load(data)) {
      assertEquals(List.of(), catalogue.report.rejected());
      SearchResponse r = catalogue.search
          .search(new SearchRequest("\"blue widget\" sensors", Map.of(), SortOrder.RELEVANCE, 1, 10));
      Map<String, Hit> hits = r.hits().stream().collect(Collectors.toMap(Hit::id, Function.identity()));

      assertEquals(List.of("together", "apart"), r.hits().stream().map(Hit::id).toList());
      assertEquals(
          List.of(
              new MatchedConcept("blue widget", "phrase", List.of("summary")),
              new MatchedConcept("sensors", "word", List.of("summary"))),
          hits.get("together").matched());
      assertEquals(List.of(new MatchedConcept("sensors", "word", List.of("summary"))), hits.get("apart").matched());
      assertEquals(2, hits.get("apart").conceptsTotal());
      assertEquals(List.of("Blue", "widget", "sensors"), marked(hits.get("together")));
      assertEquals(List.of("Sensors"), marked(hits.get("apart")));
    }
  }

  /** The words marked in a hit's passages, in order. */
  static List<String> marked(Hit hit) {
    return hit.highlights().stream().flatMap(p -> PassagesTest.marked(p).stream()).toList();
  }
}
