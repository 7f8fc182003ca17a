package org.supplierdiscovery.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.supplierdiscovery.index.IndexFields;

/**
 * Builds the hits of one page: the supplier's facts, snippets with the need's words marked (text
 * HTML-escaped) and which of the need's concepts it covers, in which fields.
 */
final class HitBuilder {
  private static final String[] SNIPPET_FIELDS = IndexFields.HIGHLIGHTED.toArray(String[]::new);
  private final ObjectMapper json = JsonMapper.builder().build();
  private final Analyzer analyzer;

  HitBuilder(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  List<Hit> build(IndexSearcher searcher, ScoreDoc[] page, NeedQuery need, boolean scored)
      throws IOException {
    Map<String, String[]> snippets = highlights(searcher, page, need);
    List<ConceptWeights> weights = new ArrayList<>();
    for (ConceptQuery cq : need.concepts()) {
      weights.add(new ConceptWeights(cq, weight(searcher, cq.text()), weight(searcher, cq.tag() == null ? null : new TermQuery(cq.tag()))));
    }
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < page.length; i++) {
      ScoreDoc sd = page[i];
      JsonNode source = source(searcher, sd.doc);
      Map<String, List<String>> marks = new LinkedHashMap<>();
      for (String field : SNIPPET_FIELDS) {
        String snippet = snippets.get(field) == null ? null : snippets.get(field)[i];
        if (snippet != null && !snippet.isBlank()) {
          marks.put(field, List.of(snippet));
        }
      }
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
              marks,
              matched(searcher, sd.doc, weights),
              need.concepts().size()));
    }
    return hits;
  }

  private record ConceptWeights(ConceptQuery concept, Weight text, Weight tag) {}

  private static Weight weight(IndexSearcher searcher, Query q) throws IOException {
    return q == null ? null : searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
  }

  private static List<MatchedConcept> matched(
      IndexSearcher searcher, int doc, List<ConceptWeights> weights) throws IOException {
    LeafReaderContext leaf =
        searcher.getIndexReader().leaves().get(ReaderUtil.subIndex(doc, searcher.getIndexReader().leaves()));
    int local = doc - leaf.docBase;
    List<MatchedConcept> matched = new ArrayList<>();
    for (ConceptWeights w : weights) {
      Set<String> fields = new LinkedHashSet<>();
      if (w.tag() != null && w.tag().matches(leaf, local) != null) {
        fields.add("taxonomy");
      }
      Matches m = w.text() == null ? null : w.text().matches(leaf, local);
      if (m != null) {
        for (String field : m) {
          fields.add(field.equals(IndexFields.LABELS) ? "taxonomy" : field);
        }
      }
      if (!fields.isEmpty()) {
        Concept c = w.concept().concept();
        matched.add(new MatchedConcept(c.label(), c.kindLabel(), List.copyOf(fields)));
      }
    }
    return matched;
  }

  private Map<String, String[]> highlights(IndexSearcher searcher, ScoreDoc[] page, NeedQuery need)
      throws IOException {
    BooleanQuery.Builder terms = new BooleanQuery.Builder();
    need.concepts().stream()
        .filter(c -> c.text() != null)
        .forEach(c -> terms.add(c.text(), BooleanClause.Occur.SHOULD));
    if (need.concepts().isEmpty() || page.length == 0) {
      return Map.of();
    }
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .withHandleMultiTermQuery(true)
            .withHighlightPhrasesStrictly(true)
            .withMaxNoHighlightPassages(0)
            .build();
    int[] docs = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docs[i] = page[i].doc;
    }
    int[] passages = new int[SNIPPET_FIELDS.length];
    java.util.Arrays.fill(passages, 2);
    return highlighter.highlightFields(SNIPPET_FIELDS, terms.build(), docs, passages);
  }

  JsonNode source(IndexSearcher searcher, int doc) throws IOException {
    var stored = searcher.storedFields().document(doc, Set.of(IndexFields.SOURCE));
    var bytes = stored.getBinaryValue(IndexFields.SOURCE);
    return json.readTree(new String(bytes.bytes, bytes.offset, bytes.length, StandardCharsets.UTF_8));
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
