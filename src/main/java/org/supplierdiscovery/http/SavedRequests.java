package org.supplierdiscovery.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.search.FilterKind;
import org.supplierdiscovery.search.SearchRequest;

/**
 * A saved search's request: read as the body of POST /api/search is (the same names, the same
 * refusals), and stored as that body with the need, filters, sort and asTyped, never page or size.
 */
final class SavedRequests {
  private SavedRequests() {}

  /** A stored request, as {@link #write} wrote it. */
  static SearchRequest read(String stored) {
    return read(stored.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  static SearchRequest read(byte[] body) {
    SearchRequest request = SearchParams.fromBody(body);
    return new SearchRequest(request.text(), request.filters(), request.required(), request.excluded(),
        request.sort(), 1, 10, request.asTyped());
  }

  static String write(SearchRequest request) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("q", request.text());
    body.put("filters", byParam(request.of(FilterKind.ANY)));
    body.put("all", byParam(request.of(FilterKind.ALL)));
    body.put("not", byParam(request.of(FilterKind.NOT)));
    body.put("sort", request.sort().label());
    body.put("asTyped", request.asTyped());
    try {
      return Json.MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a search request always serialises", e);
    }
  }

  static JsonNode tree(String json) {
    try {
      return Json.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored request is the JSON this class wrote", e);
    }
  }

  private static Map<String, List<String>> byParam(Map<Dimension, List<String>> values) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    values.forEach((d, v) -> out.put(d.param(), v));
    return out;
  }
}
