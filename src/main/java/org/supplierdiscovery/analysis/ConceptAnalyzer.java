package org.supplierdiscovery.analysis;

import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;

/** The index analyzer, with each concept a field's text names marked in that field ({@link ConceptMarkFilter}). */
public final class ConceptAnalyzer extends AnalyzerWrapper {
  private final Analyzer analyzer;
  private final ConceptDictionary dictionary;
  private final Set<String> marked;

  public ConceptAnalyzer(Analyzer analyzer, ConceptDictionary dictionary, Set<String> marked) {
    super(PER_FIELD_REUSE_STRATEGY);
    this.analyzer = analyzer;
    this.dictionary = dictionary;
    this.marked = Set.copyOf(marked);
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return analyzer;
  }

  @Override
  protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
    return marked.contains(fieldName)
        ? new TokenStreamComponents(
            components.getSource(), new ConceptMarkFilter(components.getTokenStream(), dictionary))
        : components;
  }
}
