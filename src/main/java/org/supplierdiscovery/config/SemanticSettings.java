package org.supplierdiscovery.config;

import java.util.List;
import java.util.Set;

/**
 * Matching by meaning, read from {@code index-config/semantic.json}: whether it is on, which of a
 * supplier's texts its sentence vector is made of, how the need's meaning is read onto the concepts of
 * the taxonomy and synonyms, how many suppliers nearest the need in meaning may join the ranking, and
 * how many needs' vectors are kept.
 */
public record SemanticSettings(
    boolean enabled, List<String> supplierText, Concepts concepts, Neighbours neighbours, int needCache) {

  /** The texts of a supplier its vector may be made of. */
  public static final Set<String> TEXTS = Set.of("name", "summary", "products", "description");

  /**
   * The concepts a need is read as by meaning: at most {@code max} whose nearest name is at least
   * {@code minSimilarity} close (cosine) to the need, each weighing {@code weight} once covered.
   */
  public record Concepts(int max, float minSimilarity, float weight) {
    public Concepts {
      range("concepts.max", max, 0, 20);
      similarity("concepts.minSimilarity", minSimilarity);
      RankingConfig.positive("concepts.weight", weight);
    }
  }

  /**
   * The {@code k} suppliers nearest the need (at least {@code minSimilarity} close), each adding up to
   * {@code weight}: the closest of all the full weight, one just close enough nothing. {@code k} 0 adds
   * none.
   */
  public record Neighbours(int k, float minSimilarity, float weight) {
    public Neighbours {
      range("neighbours.k", k, 0, 1_000);
      similarity("neighbours.minSimilarity", minSimilarity);
      RankingConfig.positive("neighbours.weight", weight);
    }
  }

  public SemanticSettings {
    supplierText = List.copyOf(supplierText);
    if (supplierText.isEmpty()) {
      throw new IllegalArgumentException("supplierText: name at least one of " + TEXTS);
    }
    for (String text : supplierText) {
      if (!TEXTS.contains(text)) {
        throw new IllegalArgumentException("supplierText: unknown text '" + text + "'; one of " + TEXTS);
      }
    }
    range("needCache", needCache, 0, 1_000_000);
  }

  /** No matching by meaning: words and concepts alone. */
  public static SemanticSettings off() {
    return new SemanticSettings(
        false, List.of("name"), new Concepts(0, 0.5f, 1), new Neighbours(0, 0.5f, 1), 0);
  }

  /** What decides a supplier's vector; documents written under another one are rewritten. */
  public String layout() {
    return enabled ? "meaning:e5-small-v2-q:" + String.join("+", supplierText) : "words";
  }

  private static void range(String key, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(key + ": must be between " + min + " and " + max + ", was " + value);
    }
  }

  private static void similarity(String key, float value) {
    if (!(value >= 0 && value < 1)) {
      throw new IllegalArgumentException(key + ": must be at least 0 and below 1, was " + value);
    }
  }
}
