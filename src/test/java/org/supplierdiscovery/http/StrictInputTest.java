package org.supplierdiscovery.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every body and parameter is read one strict way, and each mistake is a 400 naming what was wrong. */
class StrictInputTest {
  static ApiTestServer api;
  static final String BEARER = "Bearer " + ApiTestServer.TOKEN;

  @BeforeAll
  static void start() throws Exception {
    api = ApiTestServer.withToken();
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  private static HttpResponse<String> post(String path, String type, String body) throws Exception {
    return api.send(HttpRequest.newBuilder(api.uri(path)).header("Content-Type", type)
        .header("Authorization", BEARER).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** The one named parameter or field of a 400 and its reason. */
  private static void refused(HttpResponse<String> r, String name, String reason) throws Exception {
    assertEquals(400, r.statusCode(), r.body());
    JsonNode error = ApiTestServer.json(r).path("errors").get(0);
    assertEquals(name, error.path("name").asText(), r.body());
    assertEquals(reason, error.path("reason").asText(), r.body());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void duplicateKeysAreRefusedOnEveryJsonBody() throws Exception {
    HttpResponse<String> search = post("/api/search", "application/json", "{\"q\":\"a\",\"q\":\"b\"}");
    assertEquals(400, search.statusCode());
    String record = ApiTestServer.supplier("dup-key", "Dup Key Ltd", java.util.List.of("active"));
    String twice = record.replaceFirst("\\{", "{\"name\":\"First name\",");
    HttpResponse<String> put = api.put("/api/suppliers/dup-key", twice, BEARER);
    refused(put, "body", "not valid JSON: Duplicate field 'name'");
    HttpResponse<String> bulk = post("/api/suppliers/_bulk", "application/x-ndjson", twice.replace("\n", " ") + "\n");
    assertEquals(200, bulk.statusCode());
    JsonNode line = ApiTestServer.json(bulk).path("lines").get(0);
    assertEquals("rejected", line.path("status").asText(), bulk.body());
    assertEquals(404, api.get("/api/suppliers/dup-key").statusCode());
  }

  @Test
  void aNumberOrABooleanIsNotText() throws Exception {
    refused(post("/api/search", "application/json", "{\"q\":241}"), "q", "must be a string");
    refused(post("/api/search", "application/json", "{\"q\":true}"), "q", "must be a string");
    refused(post("/api/search", "application/json", "{\"page\":\"2\"}"), "page", "must be a whole number");
    refused(post("/api/search", "application/json", "{\"page\":1.5}"), "page", "must be a whole number");
  }

  @Test
  void pageAndSizeAreWholeNumbersInAsciiDigits() throws Exception {
    String reason = "must be a whole number in digits 0-9";
    refused(api.get("/api/search?page="), "page", reason);
    refused(api.get("/api/search?page=" + encode("\u0662")), "page", reason); // Arabic-Indic two
    refused(api.get("/api/search?size=" + encode("\uFF15")), "size", reason); // fullwidth five
    refused(api.get("/api/search?size=+5"), "size", reason);
    refused(api.get("/api/search?page=99999999999999999999"), "page",
        "page × size must be at most 10000; narrow the search instead");
    refused(api.get("/api/search?size=0"), "size", "must be between 1 and 100");
    assertEquals(200, api.get("/api/search?page=2&size=5").statusCode());
  }

  @Test
  void suggestNeedsTheTextTypedSoFar() throws Exception {
    refused(api.get("/api/suggest"), "q", "is required: the text typed so far");
    assertEquals(200, api.get("/api/suggest?q=remo").statusCode());
  }

  @Test
  void storedTextIsKeptExactlyOrRefusedWithTheFieldNamed() throws Exception {
    String good = ApiTestServer.supplier("exact-text", "Exact Text Ltd", java.util.List.of("active"));
    refused(api.put("/api/suppliers/exact-text", good.replace("Exact Text Ltd", "Exact\\u0007 Ltd"), BEARER), "name",
        "contains the control character U+0007 at position 5; control characters are not allowed");
    refused(api.put("/api/suppliers/exact-text", good.replace("Exact Text Ltd", "Exact\\u0000 Ltd"), BEARER), "name",
        "contains the control character U+0000 at position 5; control characters are not allowed");
    refused(api.put("/api/suppliers/exact-text", good.replace("Exact Text Ltd", "Exact \\ud800 Ltd"), BEARER), "name",
        "contains a lone surrogate U+D800 at position 6; send valid Unicode");
    refused(api.put("/api/suppliers/exact-text", good.replace("Exact Text Ltd", " Exact Text Ltd"), BEARER), "name",
        "must not start or end with white space");
    String described = good.replace("\"summary\"",
        "\"description\":\"Line one\\n\\tLine two \\ud83d\\ude00\",\"summary\"");
    assertEquals(201, api.put("/api/suppliers/exact-text", described, BEARER).statusCode());
    assertEquals("Line one\n\tLine two \uD83D\uDE00",
        ApiTestServer.json(api.get("/api/suppliers/exact-text")).path("description").asText());
  }
}
