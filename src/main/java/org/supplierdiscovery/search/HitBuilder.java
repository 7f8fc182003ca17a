package org.supplierdiscovery.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.supplierdiscovery.index.SupplierDocument;

/**
 * Builds the hits of one page: the supplier's facts, snippets with the need's words marked (text
 * HTML-escaped) and which of the need's concepts it covers, in which fields.
 */
final class HitBuilder {
  private final ObjectMapper json = JsonMapper.builder().build();
  private final Analyzer analyzer;

  HitBuilder(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  List<Hit> build(IndexSearcher searcher, ScoreDoc[] page, NeedQuery need, boolean scored)
      throws IOException {
    HitExplainer explainer = new HitExplainer(analyzer, searcher, need.concepts());
    List<Hit> hits = new ArrayList<>();
    for (ScoreDoc sd : page) {
      JsonNode source = source(searcher, sd.doc);
      // with no concepts (facet browsing) nothing is marked or matched: skip analysing the text
      Map<String, List<AnalyzedText>> texts = need.concepts().isEmpty() ? Map.of() : explainer.analyse(source);
      hits.add(
          new Hit(
              source.path("id").asText(),
              source.path("name").asText(),
              source.path("summary").asText(),
              scored ? score(sd) : null,
              strings(source, "technologyAreas"),
              strings(source, "capabilities"),
              strings(source, "pathways"),
              source.path("listings"),
              explainer.highlights(texts),
              explainer.matched(source, texts),
              need.concepts().size()));
    }
    return hits;
  }

  JsonNode source(IndexSearcher searcher, int doc) throws IOException {
    return json.readTree(SupplierDocument.storedRecord(searcher.storedFields(), doc));
  }

  private static Float score(ScoreDoc sd) {
    if (sd instanceof FieldDoc fd && fd.fields != null && fd.fields.length > 0 && fd.fields[0] instanceof Float f) {
      return f;
    }
    return Float.isNaN(sd.score) ? null : sd.score;
  }

  private static List<String> strings(JsonNode source, String field) {
    List<String> out = new ArrayList<>();
    source.path(field).forEach(n -> out.add(n.asText()));
    return out;
  }
}
