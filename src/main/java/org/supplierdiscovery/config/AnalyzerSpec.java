package org.supplierdiscovery.config;

import java.util.List;
import java.util.Map;

/**
 * An analysis chain declared as data and built with Lucene's {@code CustomAnalyzer}: char filters
 * (optional) rewrite the text before the tokenizer splits it.
 */
public record AnalyzerSpec(List<Component> charFilters, Component tokenizer, List<Component> filters) {
  public AnalyzerSpec {
    charFilters = charFilters == null ? List.of() : List.copyOf(charFilters);
    filters = filters == null ? List.of() : List.copyOf(filters);
  }

  /** A tokenizer or token filter by its Lucene SPI name, with string parameters. */
  public record Component(String name, Map<String, String> params) {
    public Component {
      params = params == null ? Map.of() : Map.copyOf(params);
    }
  }
}
