package org.supplierdiscovery.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.config.IndexConfig;

/**
 * Every way a buyer may name a taxonomy value: its label and the synonyms grouped with it, as
 * analyzed term sequences ("rpm", "remote patient monitoring" and "remote monitoring" all name the
 * capability Remote monitoring); and the multi-word names of other synonym groups, so that "primary
 * care" is one idea rather than two words.
 */
final class ConceptDictionary {
  /**
   * What a phrase names: a taxonomy value, or (dimension and value null) an idea the synonyms know
   * by several multi-word names, such as "primary care" and "general practice".
   */
  record Entry(Dimension dimension, String value) {
    boolean taxonomy() {
      return dimension != null;
    }
  }

  private static final Entry VOCABULARY = new Entry(null, null);

  /** "Lot 2 - Cloud software" is also just "Cloud software". */
  private static final Pattern LOT = Pattern.compile("Lot \\d+ - (.+)");
  private static final Pattern PARENTHESES = Pattern.compile("\\(([^)]+)\\)");
  private final Map<List<String>, Entry> phrases = new HashMap<>();
  private final int longest;

  ConceptDictionary(IndexConfig config) {
    Analyzer analyzer = config.indexAnalyzer();
    Map<List<String>, Entry> labels = new HashMap<>();
    config
        .taxonomy()
        .labels()
        .forEach(
            (label, dim) -> {
              for (String name : names(label)) {
                labels.putIfAbsent(Tokens.of(analyzer, "", name), new Entry(dim, label));
              }
            });
    phrases.putAll(labels);
    for (List<String> group : config.synonymGroups()) {
      Entry entry = group.stream()
          .map(s -> labels.get(Tokens.of(analyzer, "", s)))
          .filter(e -> e != null)
          .findFirst()
          .orElse(null);
      Entry named = entry != null ? entry : VOCABULARY;
      for (String s : group) {
        List<String> terms = Tokens.of(analyzer, "", s);
        if (entry != null || terms.size() > 1) {
          phrases.putIfAbsent(terms, named);
        }
      }
    }
    phrases.remove(List.<String>of());
    this.longest = phrases.keySet().stream().mapToInt(List::size).max().orElse(1);
  }

  /**
   * A label and the names inside it: "Internet of Things (IoT)" is also "Internet of Things" and
   * "IoT".
   */
  static List<String> names(String label) {
    Matcher lot = LOT.matcher(label);
    if (lot.matches()) {
      return List.of(label, lot.group(1));
    }
    Matcher m = PARENTHESES.matcher(label);
    if (!m.find()) {
      return List.of(label);
    }
    String inside = m.group(1);
    String without = m.replaceAll(" ").replaceAll("\\s+", " ").strip();
    return List.of(label, without, inside);
  }

  int longest() {
    return longest;
  }

  Entry lookup(List<String> terms) {
    return phrases.get(terms);
  }
}
