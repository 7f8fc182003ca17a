package org.supplierdiscovery.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.supplierdiscovery.config.RankingConfig;
import org.supplierdiscovery.index.FacetFields;
import org.supplierdiscovery.index.IndexFields;

/**
 * The OpenSearch request a team would write for the same need: {@code multi_match} over the same
 * text fields with the engine's boosts and tie-breaker, filters as {@code terms} in a post_filter,
 * and per dimension a {@code terms} aggregation under a filter of every other dimension's values, so
 * facet counts are drill-sideways like the engine's.
 */
final class OpenSearchQueries {
  private final ObjectMapper json = JsonMapper.builder().build();
  private final RankingConfig ranking;
  private final FilterTerms filters;

  OpenSearchQueries(RankingConfig ranking, FilterTerms filters) {
    this.ranking = ranking;
    this.filters = filters;
  }

  /** The facet fields of an OpenSearch document: the flat dimensions and the listing paths. */
  static List<String> facetFields() {
    List<String> fields = new ArrayList<>();
    FacetFields.FLAT.forEach(d -> fields.add(d.param()));
    fields.add(IndexFields.LISTING_DIM);
    return fields;
  }

  String body(BenchQuery need) {
    ObjectNode body = json.createObjectNode().put("size", 10).put("track_total_hits", true);
    body.set("query", text(need.text()));
    Map<String, List<String[]>> groups = filters.of(need);
    body.set("post_filter", filter(groups, null));
    ObjectNode aggs = body.putObject("aggs");
    for (String field : facetFields()) {
      ObjectNode agg = aggs.putObject(field);
      agg.set("filter", filter(groups, field));
      agg.putObject("aggs").putObject("values").putObject("terms").put("field", field).put("size", 100);
    }
    return body.toString();
  }

  private ObjectNode text(String need) {
    ObjectNode q = json.createObjectNode();
    if (need.isBlank()) {
      q.putObject("match_all");
      return q;
    }
    ObjectNode mm = q.putObject("multi_match").put("query", need).put("type", "best_fields");
    mm.put("tie_breaker", ranking.fieldTieBreaker());
    ArrayNode fields = mm.putArray("fields");
    ranking.fields().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(f -> fields.add(f.getKey() + "^" + f.getValue()));
    return q;
  }

  /** Every group's {@code terms} filter but {@code except}'s (none excepted when null). */
  private ObjectNode filter(Map<String, List<String[]>> groups, String except) {
    ObjectNode q = json.createObjectNode();
    ArrayNode all = q.putObject("bool").putArray("filter");
    groups.forEach(
        (field, paths) -> {
          if (!field.equals(except)) {
            ArrayNode values = all.addObject().putObject("terms").putArray(field);
            paths.forEach(p -> values.add(FilterTerms.keyword(p)));
          }
        });
    return q;
  }
}
