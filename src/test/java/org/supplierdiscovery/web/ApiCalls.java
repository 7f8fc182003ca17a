package org.supplierdiscovery.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The same JSON API the page calls, asked directly: what the page shows is checked against it. */
final class ApiCalls {
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private final URI base;

  ApiCalls(URI base) {
    this.base = base;
  }

  /** "q=virtual ward", "technologyArea=Wearables" → "q=virtual+ward&technologyArea=Wearables". */
  static String query(String... pairs) {
    List<String> out = new ArrayList<>();
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      out.add(encode(pair.substring(0, eq)) + "=" + encode(pair.substring(eq + 1)));
    }
    return String.join("&", out);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  JsonNode search(String... pairs) throws IOException, InterruptedException {
    return json.readTree(get("/api/search?" + query(pairs)).body());
  }

  JsonNode supplier(String id) throws IOException, InterruptedException {
    return json.readTree(get("/api/suppliers/" + encode(id).replace("+", "%20")).body());
  }

  /** GET /api/suggest: {query, suggestions: [{text, kind, id}]}. */
  JsonNode suggestions(String prefix) throws IOException, InterruptedException {
    return json.readTree(get("/api/suggest?" + query("q=" + prefix)).body()).path("suggestions");
  }

  /** Creates a buyer organisation as the admin and answers its key. */
  String organisationKey(String name) throws IOException, InterruptedException {
    HttpResponse<String> created = http.send(HttpRequest.newBuilder(base.resolve("/api/organisations"))
        .header("Authorization", "Bearer " + WebTestServer.ADMIN_TOKEN)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("name", name))))
        .build(), HttpResponse.BodyHandlers.ofString());
    if (created.statusCode() != 201) {
      throw new IllegalStateException("creating an organisation answered " + created.statusCode() + ": "
          + created.body());
    }
    return json.readTree(created.body()).path("key").asText();
  }

  /** A buyer route read with an organisation's key: the status and the body. */
  HttpResponse<String> asBuyer(String key, String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + key).GET()
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  JsonNode tree(String body) throws IOException {
    return json.readTree(body);
  }

  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The count the API gives one value of a dimension (lots are looked for under their framework). */
  static long facetCount(JsonNode response, String dim, String value) {
    String key = dim.equals("lot") ? "framework" : dim;
    for (JsonNode v : response.path("facets").path(key)) {
      if (!dim.equals("lot") && v.path("value").asText().equals(value)) {
        return v.path("count").asLong();
      }
      for (JsonNode lot : v.path("children")) {
        if (dim.equals("lot") && lot.path("value").asText().equals(value)) {
          return lot.path("count").asLong();
        }
      }
    }
    throw new AssertionError("no facet value " + dim + "=" + value + " in " + response.path("facets"));
  }

  static List<String> names(JsonNode hits) {
    List<String> out = new ArrayList<>();
    hits.forEach(h -> out.add(h.path("name").asText()));
    return out;
  }
}
