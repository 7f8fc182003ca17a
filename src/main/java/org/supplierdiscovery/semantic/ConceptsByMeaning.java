package org.supplierdiscovery.semantic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.supplierdiscovery.analysis.ConceptDictionary;
import org.supplierdiscovery.analysis.Tokens;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.config.IndexConfig;
import org.supplierdiscovery.config.SemanticSettings;

/**
 * Reads a need's meaning onto the concepts the catalogue is indexed with: every name of a capability,
 * pathway, technology area or standard and of each synonym group (the NHS vocabulary included) has a
 * sentence vector, made once at start-up, and a need is read as the concepts whose nearest name is
 * closest to it. "help for people who keep falling" is near "falls prevention" though it shares one word
 * with it. Where a buyer buys (region, framework, lot) is left to their words and filters.
 */
public final class ConceptsByMeaning {
  private static final Set<Dimension> READ = Set.of(
      Dimension.CAPABILITY, Dimension.PATHWAY, Dimension.TECHNOLOGY_AREA, Dimension.STANDARD);

  /** One concept read by meaning: the name of it closest to the need, and how close (cosine). */
  public record Reading(ConceptDictionary.Entry concept, String name, float similarity) {}

  // private, and its vector never changed or handed out
  @SuppressWarnings("ArrayRecordComponent")
  private record Name(String text, ConceptDictionary.Entry concept, float[] vector) {}

  private final List<Name> names = new ArrayList<>();
  private final SemanticSettings.Concepts settings;

  public ConceptsByMeaning(IndexConfig config, ConceptDictionary dictionary, SentenceEmbedder embedder) {
    this.settings = config.semantic().concepts();
    Analyzer analyzer = config.indexAnalyzer();
    Map<String, ConceptDictionary.Entry> named = new LinkedHashMap<>();
    config.taxonomy().labels().forEach((label, dim) -> {
      if (READ.contains(dim)) {
        ConceptDictionary.names(label).forEach(n -> named.putIfAbsent(n, null));
      }
    });
    config.synonymGroups().forEach(group -> group.forEach(n -> named.putIfAbsent(n, null)));
    for (String name : named.keySet()) {
      ConceptDictionary.Entry e = dictionary.lookup(Tokens.of(analyzer, "", name));
      if (e != null && (!e.taxonomy() || READ.contains(e.dimension()))) {
        names.add(new Name(name, e, embedder.embedPassage(name)));
      }
    }
  }

  /** The concepts nearest {@code need} (a unit vector), closest first, each once. */
  public List<Reading> read(float[] need) {
    List<Reading> nearest = new ArrayList<>();
    for (Name n : names) {
      float similarity = SentenceEmbedder.similarity(need, n.vector());
      if (similarity >= settings.minSimilarity()) {
        nearest.add(new Reading(n.concept(), n.text(), similarity));
      }
    }
    nearest.sort(Comparator.comparingDouble(Reading::similarity).reversed());
    Set<String> seen = new HashSet<>();
    List<Reading> out = new ArrayList<>();
    for (Reading r : nearest) {
      if (out.size() < settings.max() && seen.add(r.concept().term())) {
        out.add(r);
      }
    }
    return out;
  }

  /** How many names are read against. */
  public int size() {
    return names.size();
  }
}
