package org.supplierdiscovery.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.index.IndexFields;

/**
 * Explains the hits of one page: which of the need's concepts each covers and where, and snippets
 * with the need's words marked. Works from each hit's stored record, analysed once, so its cost does
 * not grow with the catalogue.
 */
final class HitExplainer {
  private static final String TAXONOMY = "taxonomy";
  private final Analyzer analyzer;
  private final List<Prepared> concepts = new ArrayList<>();
  private final Map<String, Set<String>> markedTerms = new HashMap<>();
  private final Map<String, List<Set<String>>> markedPhrases = new HashMap<>();
  private final Map<String, List<ByteRunAutomaton>> markedPatterns = new HashMap<>();

  /** A concept's term structure per field, from its rewritten queries. */
  private record Prepared(ConceptQuery query, Map<String, TermMatcher> fields) {}

  HitExplainer(Analyzer analyzer, IndexSearcher searcher, List<ConceptQuery> needConcepts) throws IOException {
    this.analyzer = analyzer;
    for (ConceptQuery cq : needConcepts) {
      Map<String, TermMatcher> fields = new LinkedHashMap<>();
      for (var f : cq.fields().entrySet()) {
        TermMatcher m = TermMatcher.of(searcher.rewrite(f.getValue()), f.getKey());
        fields.put(f.getKey(), m);
        m.collect(
            markedTerms.computeIfAbsent(f.getKey(), k -> new HashSet<>()),
            markedPhrases.computeIfAbsent(f.getKey(), k -> new ArrayList<>()),
            markedPatterns.computeIfAbsent(f.getKey(), k -> new ArrayList<>()));
      }
      concepts.add(new Prepared(cq, fields));
    }
  }

  /** The analysed text fields of one hit. */
  Map<String, List<AnalyzedText>> analyse(JsonNode source) {
    Map<String, List<AnalyzedText>> texts = new LinkedHashMap<>();
    texts.put(IndexFields.NAME, List.of(text(IndexFields.NAME, source.path("name").asText())));
    texts.put(IndexFields.SUMMARY, List.of(text(IndexFields.SUMMARY, source.path("summary").asText())));
    if (source.hasNonNull("description")) {
      texts.put(IndexFields.DESCRIPTION, List.of(text(IndexFields.DESCRIPTION, source.path("description").asText())));
    }
    List<AnalyzedText> products = new ArrayList<>();
    for (JsonNode p : source.path("products")) {
      String t = p.path("name").asText() + (p.hasNonNull("description") ? ": " + p.path("description").asText() : "");
      products.add(text(IndexFields.PRODUCTS, t));
    }
    texts.put(IndexFields.PRODUCTS, products);
    List<String> labels = new ArrayList<>();
    for (String dim : List.of("technologyAreas", "capabilities", "pathways", "standards")) {
      source.path(dim).forEach(v -> labels.add(v.asText()));
    }
    texts.put(IndexFields.LABELS, List.of(text(IndexFields.LABELS, String.join(". ", labels))));
    return texts;
  }

  private AnalyzedText text(String field, String value) {
    return AnalyzedText.of(analyzer, field, value);
  }

  List<MatchedConcept> matched(JsonNode source, Map<String, List<AnalyzedText>> texts) {
    List<MatchedConcept> matched = new ArrayList<>();
    for (Prepared p : concepts) {
      Set<String> fields = new LinkedHashSet<>();
      Concept c = p.query().concept();
      if (c.kind() == Concept.Kind.TAXONOMY && tagged(source, c.dimension(), c.value())) {
        fields.add(TAXONOMY);
      }
      for (var f : p.fields().entrySet()) {
        for (AnalyzedText t : texts.getOrDefault(f.getKey(), List.of())) {
          if (f.getValue().matches(t.terms())) {
            fields.add(f.getKey().equals(IndexFields.LABELS) ? TAXONOMY : f.getKey());
            break;
          }
        }
      }
      if (!fields.isEmpty()) {
        matched.add(new MatchedConcept(c.label(), c.kindLabel(), List.copyOf(fields)));
      }
    }
    return matched;
  }

  Map<String, List<String>> highlights(Map<String, List<AnalyzedText>> texts) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String field : IndexFields.HIGHLIGHTED) {
      List<String> snippets = new ArrayList<>();
      for (AnalyzedText t : texts.getOrDefault(field, List.of())) {
        if (snippets.size() < 2) {
          Set<String> phraseWords = phraseWords(field, t);
          snippets
              .addAll(Snippets.cut(t, term -> phraseWords.contains(term) || marks(field, term), 2 - snippets.size()));
        }
      }
      if (!snippets.isEmpty()) {
        out.put(field, snippets);
      }
    }
    return out;
  }

  /** Words of the need's phrases whose words all occur in this text. */
  private Set<String> phraseWords(String field, AnalyzedText text) {
    Set<String> words = new HashSet<>();
    for (Set<String> phrase : markedPhrases.getOrDefault(field, List.of())) {
      if (text.terms().containsAll(phrase)) {
        words.addAll(phrase);
      }
    }
    return words;
  }

  private boolean marks(String field, String term) {
    if (markedTerms.getOrDefault(field, Set.of()).contains(term)) {
      return true;
    }
    for (ByteRunAutomaton a : markedPatterns.getOrDefault(field, List.of())) {
      if (TermMatcher.accepts(a, term)) {
        return true;
      }
    }
    return false;
  }

  private static boolean tagged(JsonNode source, Dimension dim, String value) {
    String array = switch (dim) {
      case TECHNOLOGY_AREA -> "technologyAreas";
      case CAPABILITY -> "capabilities";
      case PATHWAY -> "pathways";
      case STANDARD -> "standards";
      case REGION -> "regions";
      case FRAMEWORK, LOT -> "listings";
      default -> null;
    };
    if (array == null) {
      return false;
    }
    for (JsonNode v : source.path(array)) {
      boolean hit = switch (dim) {
        case FRAMEWORK -> v.path("framework").asText().equals(value) && v.path("status").asText().equals("active");
        case LOT -> v.path("lot").asText().equals(value) && v.path("status").asText().equals("active");
        default -> v.asText().equals(value);
      };
      if (hit) {
        return true;
      }
    }
    return false;
  }
}
