package org.supplierdiscovery.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A need that finds nothing answers, over real HTTP, with the looser need it searched and its results. */
class RelaxedApiTest {
  static ApiTestServer api;

  @BeforeAll
  static void start() throws Exception {
    api = ApiTestServer.withToken();
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  private static JsonNode search(String need, String filters) throws Exception {
    return ApiTestServer.json(api.get("/api/search?q=" + URLEncoder.encode(need, StandardCharsets.UTF_8) + filters));
  }

  @Test
  void aRequiredWordNoSupplierUsesIsLeftOutAndTheAnswerSaysSo() throws Exception {
    JsonNode answer = search("+wearable +zorgblat", "&technologyArea=Wearables");
    assertEquals(0, answer.path("total").asLong());
    JsonNode relaxed = answer.path("relaxed");
    assertEquals("fewer-words", relaxed.path("step").asText());
    assertEquals("+wearable", relaxed.path("query").asText());
    assertEquals("[\"zorgblat\"]", relaxed.path("dropped").toString());
    assertEquals("[\"Wearables\"]", relaxed.path("used").toString());
    assertEquals("without zorgblat", relaxed.path("reason").asText());

    JsonNode same = search("+wearable", "&technologyArea=Wearables");
    assertEquals(same.path("total").asLong(), relaxed.path("total").asLong());
    assertEquals(ApiTestServer.ids(same), ApiTestServer.ids(relaxed));
    assertEquals(List.of("alpha-rpm", "delta-wear"), ApiTestServer.ids(relaxed).stream().sorted().toList());
  }

  @Test
  void aNeedThatFoundSuppliersHasNoRelaxedAnswer() throws Exception {
    JsonNode answer = search("wearable", "");
    assertTrue(answer.path("total").asLong() > 0);
    assertTrue(answer.path("relaxed").isNull(), answer.path("relaxed").toString());
  }
}
