package org.supplierdiscovery.config;

import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;

/**
 * Everything a search engineer tunes, loaded from {@code index-config/}: the taxonomy, the analysis
 * chains, the synonym groups, ranking weights, facet settings, a general English word list, how
 * procurement records are kept and matching by meaning.
 */
public record IndexConfig(
    Taxonomy taxonomy,
    Analyzer indexAnalyzer,
    Analyzer queryAnalyzer,
    Analyzer spellingAnalyzer,
    List<List<String>> synonymGroups,
    RankingConfig ranking,
    FacetSettings facets,
    EnglishWords englishWords,
    ProcurementSettings procurement,
    SemanticSettings semantic) {

  public IndexConfig {
    Objects.requireNonNull(taxonomy, "taxonomy");
    Objects.requireNonNull(indexAnalyzer, "indexAnalyzer");
    Objects.requireNonNull(queryAnalyzer, "queryAnalyzer");
    Objects.requireNonNull(spellingAnalyzer, "spellingAnalyzer");
    synonymGroups = synonymGroups.stream().map(List::copyOf).toList();
    Objects.requireNonNull(ranking, "ranking");
    Objects.requireNonNull(facets, "facets");
    Objects.requireNonNull(englishWords, "englishWords");
    Objects.requireNonNull(procurement, "procurement");
    Objects.requireNonNull(semantic, "semantic");
  }
}
