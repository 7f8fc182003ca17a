package org.supplierdiscovery.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OpenAPI document matches what the server really does: live answers are checked against it. */
class OpenApiContractTest {
  static ApiTestServer api;
  static JsonNode spec;

  /** A valid value for each documented search parameter. */
  private static final Map<String, String> SAMPLES = Map.ofEntries(
      Map.entry("q", "remote monitoring"), Map.entry("technologyArea", "Wearables"),
      Map.entry("framework", "Spark DPS"),
      Map.entry("lot", "Lot 1 - Digital triage"), Map.entry("capability", "Remote monitoring"),
      Map.entry("pathway", "Frailty"),
      Map.entry("standard", "DTAC"), Map.entry("region", "London"), Map.entry("sme", "true"),
      Map.entry("status", "active"),
      Map.entry("sort", "name"), Map.entry("page", "1"), Map.entry("size", "5"));

  @BeforeAll
  static void start() throws Exception {
    api = ApiTestServer.withToken();
    HttpResponse<String> r = api.get("/openapi.json");
    assertEquals(200, r.statusCode());
    spec = ApiTestServer.json(r);
    assertEquals("3.1.0", spec.path("openapi").asText());
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  @Test
  void everyDocumentedReadAnswersInItsDocumentedShape() throws Exception {
    Map<String, String> calls = Map.of(
        "/api/search", "/api/search?q=remote+monitoring&technologyArea=Wearables",
        "/api/facets", "/api/facets",
        "/api/suggest", "/api/suggest?q=remo",
        "/api/suppliers/{id}", "/api/suppliers/alpha-rpm",
        "/health", "/health",
        "/metrics", "/metrics",
        "/openapi.json", "/openapi.json");
    List<String> documentedGets = new ArrayList<>();
    spec.path("paths").properties().forEach(p -> {
      if (p.getValue().has("get") && !p.getKey().endsWith("/history")) {
        documentedGets.add(p.getKey());
      }
    });
    assertEquals(calls.keySet().stream().sorted().toList(), documentedGets.stream().sorted().toList());
    for (var call : calls.entrySet()) {
      HttpResponse<String> r = api.get(call.getValue());
      JsonNode response = spec.path("paths").path(call.getKey()).path("get").path("responses")
          .path(Integer.toString(r.statusCode()));
      assertTrue(!response.isMissingNode(), call.getKey() + " answered undocumented " + r.statusCode());
      JsonNode schema = response.path("content").path("application/json").path("schema");
      if (!schema.isMissingNode()) {
        conforms(call.getKey(), ApiTestServer.json(r), schema);
      }
    }
  }

  @Test
  void problemsHaveTheDocumentedShape() throws Exception {
    HttpResponse<String> r = api.get("/api/search?colour=blue");
    assertEquals(400, r.statusCode());
    conforms("problem", ApiTestServer.json(r), resolve(spec.path("components").path("schemas").path("Problem")));
  }

  @Test
  void everyDocumentedSearchParameterIsAcceptedAndOthersRefused() throws Exception {
    for (JsonNode p : spec.path("paths").path("/api/search").path("get").path("parameters")) {
      String name = p.path("name").asText();
      String value = SAMPLES.get(name);
      assertTrue(value != null, "no sample for documented parameter " + name);
      HttpResponse<String> r = api.get("/api/search?" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
      assertEquals(200, r.statusCode(), name + ": " + r.body());
    }
    assertEquals(400, api.get("/api/search?limit=5").statusCode());
  }

  @Test
  void writesAnswerDocumentedStatuses() throws Exception {
    String auth = "Bearer " + ApiTestServer.TOKEN;
    HttpResponse<String> put = api.put("/api/suppliers/openapi-check",
        ApiTestServer.supplier("openapi-check", "Contract Ltd", List.of("active")), auth);
    JsonNode documented = spec.path("paths").path("/api/suppliers/{id}").path("put").path("responses")
        .path(Integer.toString(put.statusCode()));
    assertTrue(!documented.isMissingNode(), "PUT answered " + put.statusCode());
    conforms("PUT", ApiTestServer.json(put), documented.path("content").path("application/json").path("schema"));
    HttpResponse<String> delete = api
        .send(HttpRequest.newBuilder(api.uri("/api/suppliers/openapi-check")).header("Authorization", auth).DELETE());
    conforms("DELETE", ApiTestServer.json(delete),
        spec.path("paths").path("/api/suppliers/{id}").path("delete").path("responses").path("200").path("content")
            .path("application/json").path("schema"));
  }

  /** Checks required properties and types, following $refs and the first item of arrays. */
  private static void conforms(String where, JsonNode value, JsonNode raw) {
    JsonNode schema = resolve(raw);
    JsonNode type = schema.path("type");
    if (type.isTextual()) {
      assertTrue(matchesType(value, type.asText()),
          where + ": expected " + type.asText() + " but was " + value.getNodeType());
    } else if (type.isArray()) {
      boolean any = false;
      for (JsonNode t : type) {
        any |= matchesType(value, t.asText());
      }
      assertTrue(any, where + ": type " + type + " but was " + value.getNodeType());
    }
    if (value.isObject()) {
      for (JsonNode required : schema.path("required")) {
        assertTrue(value.has(required.asText()), where + ": missing required " + required.asText());
      }
      schema.path("properties").properties().forEach(p -> {
        if (value.has(p.getKey()) && !value.get(p.getKey()).isNull()) {
          conforms(where + "." + p.getKey(), value.get(p.getKey()), p.getValue());
        }
      });
      JsonNode additional = schema.path("additionalProperties");
      if (additional.isObject()) {
        value.properties().forEach(f -> {
          if (!schema.path("properties").has(f.getKey())) {
            conforms(where + "." + f.getKey(), f.getValue(), additional);
          }
        });
      }
    }
    if (value.isArray() && !value.isEmpty() && schema.has("items")) {
      conforms(where + "[0]", value.get(0), schema.path("items"));
    }
  }

  private static boolean matchesType(JsonNode v, String type) {
    return switch (type) {
      case "object" -> v.isObject();
      case "array" -> v.isArray();
      case "string" -> v.isTextual();
      case "integer" -> v.isIntegralNumber();
      case "number" -> v.isNumber();
      case "boolean" -> v.isBoolean();
      case "null" -> v.isNull();
      default -> true;
    };
  }

  private static JsonNode resolve(JsonNode schema) {
    while (schema.has("$ref")) {
      String ref = schema.path("$ref").asText().substring(2);
      JsonNode target = spec;
      for (String part : ref.split("/", -1)) {
        target = target.path(part);
      }
      schema = target;
    }
    return schema;
  }
}
