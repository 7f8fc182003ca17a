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
