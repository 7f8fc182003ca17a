package org.supplierdiscovery.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every read endpoint over real HTTP on loopback, with exact answers on the fixture. */
class SearchApiTest {
  static ApiTestServer api;

  @BeforeAll
  static void start() throws Exception {
    api = ApiTestServer.withToken();
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  private static long count(JsonNode facet, String value) {
    for (JsonNode v : facet) {
      if (v.path("value").asText().equals(value)) {
        return v.path("count").asLong();
      }
    }
    throw new AssertionError(value + " missing");
  }

  @Test
  void searchWithFacetsAnswersRankedHitsAndCountsForEveryDimension() throws Exception {
    HttpResponse<String> r = api.get("/api/search?q=remote+monitoring+wearables+frailty&technologyArea=Wearables");
    assertEquals(200, r.statusCode());
    assertEquals("application/json;charset=utf-8", r.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
    JsonNode body = ApiTestServer.json(r);
    assertEquals(List.of("alpha-rpm", "delta-wear"), ApiTestServer.ids(body));
    assertEquals(2, body.path("total").asLong());
    JsonNode top = body.path("hits").get(0);
    for (String field : List.of("id", "name", "summary", "score", "technologyAreas", "capabilities", "pathways",
        "listings", "highlights", "matched")) {
      assertTrue(top.has(field), field);
    }
    assertEquals(List.of("technologyArea", "framework", "capability", "pathway", "standard", "region", "sme", "status"),
        iterable(body.path("facets").fieldNames()));
    // Drill-sideways: other areas count suppliers matching the need, ignoring the area filter.
    assertEquals(1, count(body.path("facets").path("technologyArea"), "Data"));
    assertEquals(2, count(body.path("facets").path("framework"), "Spark DPS"));
    JsonNode summary = top.path("highlights").get(0);
    assertEquals("summary", summary.path("field").asText());
    assertEquals("Remote monitoring with wearable sensors for frailty virtual wards.", summary.path("text").asText());
    assertEquals(List.of("Remote monitoring", "wearable sensors", "frailty"), marked(summary));
  }

  /** The words a passage marks, in order. */
  static List<String> marked(JsonNode passage) {
    List<String> words = new java.util.ArrayList<>();
    String text = passage.path("text").asText();
    passage.path("marks").forEach(m -> words.add(text.substring(m.path("start").asInt(), m.path("end").asInt())));
    return words;
  }

  @Test
  void postSearchTakesTheSameRequestAsJson() throws Exception {
    HttpResponse<String> r = api.send(HttpRequest.newBuilder(api.uri("/api/search"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(
            "{\"q\":\"\",\"filters\":{\"lot\":[\"Lot 1 - Digital triage\"],\"status\":[\"suspended\"]},\"sort\":\"name\",\"size\":5}")));
    assertEquals(200, r.statusCode());
    assertEquals(List.of("beta-video"), ApiTestServer.ids(ApiTestServer.json(r)));
  }

  @Test
  void lotsAreNestedUnderTheirFramework() throws Exception {
    JsonNode facets = ApiTestServer.json(api.get("/api/facets")).path("facets");
    JsonNode ocvc = null;
    for (JsonNode f : facets.path("framework")) {
      if (f.path("value").asText().startsWith("Online Consultation")) {
        ocvc = f;
      }
    }
    assertEquals(2, ocvc.path("count").asLong());
    assertEquals(4, ocvc.path("children").size());
    assertEquals(1, count(ocvc.path("children"), "Lot 4 - Video consultation"));
    assertEquals(5, count(facets.path("status"), "active"));
  }

  @Test
  void supplierDetailOr404() throws Exception {
    JsonNode record = ApiTestServer.json(api.get("/api/suppliers/epsilon-suspended"));
    assertEquals("Epsilon Monitoring", record.path("name").asText());
    assertEquals("suspended", record.path("listings").get(0).path("status").asText());
    HttpResponse<String> missing = api.get("/api/suppliers/nobody");
    assertEquals(404, missing.statusCode());
    assertEquals("No supplier with id 'nobody'.", ApiTestServer.json(missing).path("detail").asText());
  }

  @Test
  void aListingThatIsNotActiveGivesItsReasonWithItsLabel() throws Exception {
    JsonNode listing = ApiTestServer.json(api.get("/api/suppliers/epsilon-suspended")).path("listings").get(0);
    assertEquals("annual-review", listing.path("reason").asText());
    assertEquals("Annual review", listing.path("reasonLabel").asText());

    JsonNode hit = ApiTestServer.json(api.get("/api/search?q=epsilon&status=suspended")).path("hits").get(0);
    assertEquals("epsilon-suspended", hit.path("id").asText());
    assertEquals("Annual review", hit.path("listings").get(0).path("reasonLabel").asText());

    JsonNode offer = ApiTestServer.json(api.get("/api/search?q=epsilon")).path("includeStatus").get(0);
    assertEquals("suspended", offer.path("status").asText());
    assertEquals("[{\"reason\":\"annual-review\",\"label\":\"Annual review\",\"total\":1}]",
        offer.path("reasons").toString());
    JsonNode active = ApiTestServer.json(api.get("/api/suppliers/alpha-rpm")).path("listings").get(0);
    assertEquals("active", active.path("status").asText());
    assertTrue(active.path("reason").isMissingNode(), active.toString());
  }

  @Test
  void suggestCompletesNamesAndLabels() throws Exception {
    JsonNode r = ApiTestServer.json(api.get("/api/suggest?q=remo"));
    assertEquals("Remote monitoring", r.path("suggestions").get(0).path("text").asText());
    assertEquals("capability", r.path("suggestions").get(0).path("kind").asText());
    JsonNode named = ApiTestServer.json(api.get("/api/suggest?q=alph"));
    List<String> texts = new ArrayList<>();
    named.path("suggestions").forEach(s -> texts.add(s.path("kind").asText() + ":" + s.path("text").asText()));
    assertEquals(List.of("supplier:Alpha Remote Care", "product:AlphaBand"), texts);
    assertEquals(0, ApiTestServer.json(api.get("/api/suggest?q=a")).path("suggestions").size());
  }

  @Test
  void nothingFoundSaysWhatToTry() throws Exception {
    JsonNode r = ApiTestServer.json(api.get("/api/search?q=%2B%22remote+monitoring%22&capability=Digital+triage"));
    assertEquals(0, r.path("total").asLong());
    assertEquals("capability", r.path("dropFilters").get(0).path("dimension").asText());
    JsonNode typo = ApiTestServer.json(api.get("/api/search?q=wearabels"));
    assertEquals("wearables", typo.path("didYouMean").asText());
  }

  @Test
  void healthAndMetrics() throws Exception {
    JsonNode health = ApiTestServer.json(api.get("/health"));
    assertEquals("ready", health.path("status").asText());
    assertEquals(6, health.path("documents").asLong());
    String metrics = api.get("/metrics").body();
    assertTrue(metrics.contains("http_requests_total{"), metrics);
    assertTrue(metrics.contains("catalogue_suppliers 6"), metrics);
    assertTrue(metrics.contains("http_request_duration_seconds_bucket{"), metrics);
  }

  private static List<String> iterable(java.util.Iterator<String> it) {
    List<String> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  @Test
  void aSupplierNearTheNeedInMeaningSaysHowAndOneFoundByWordsAloneSaysNothing() throws Exception {
    JsonNode body = ApiTestServer.json(api.get("/api/search?q=see+my+GP+without+going+in"));
    assertEquals(List.of("beta-video", "alpha-rpm"), ApiTestServer.ids(body).subList(0, 2), body.toString());
    JsonNode meaning = body.path("hits").get(0).path("meaning");
    assertEquals(List.of("concepts", "similarity", "nearestBy", "passage", "only"), iterable(meaning.fieldNames()));
    assertEquals(0, meaning.path("concepts").size());
    assertEquals("[\"name\",\"summary\",\"products\"]", meaning.path("nearestBy").toString());
    assertEquals(false, meaning.path("only").asBoolean());
    double similarity = meaning.path("similarity").asDouble();
    assertTrue(similarity >= 0.75 && similarity <= 1, meaning.toString());
    assertTrue(body.path("concepts").findValues("meaning").stream().noneMatch(JsonNode::asBoolean));
    // a need the concept dictionary reads wholly is searched by its words alone
    JsonNode byWords = ApiTestServer.json(api.get("/api/search?q=video+consultation"));
    assertEquals("beta-video", byWords.path("hits").get(0).path("id").asText());
    for (JsonNode hit : byWords.path("hits")) {
      assertTrue(hit.path("meaning").isNull(), hit.toString());
    }
  }
}
