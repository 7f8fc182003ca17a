package org.supplierdiscovery.config;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Everything that shapes ranking and request limits, read from {@code index-config/ranking.json}. */
public record RankingConfig(
    Map<String, Float> fields,
    float fieldTieBreaker,
    Concepts concepts,
    Proximity proximity,
    Typos typos,
    Needs needs,
    Limits limits) {

  /** The text fields a need is matched against; boosts may be given for these only. */
  public static final Set<String> TEXT_FIELDS = Set.of("name", "labels", "summary", "products", "description");

  public RankingConfig {
    fields = Map.copyOf(fields);
    for (var e : fields.entrySet()) {
      if (!TEXT_FIELDS.contains(e.getKey())) {
        throw new IllegalArgumentException(
            "fields." + e.getKey() + ": unknown field; boosts apply to " + TEXT_FIELDS);
      }
      positive("fields." + e.getKey(), e.getValue());
    }
    if (fieldTieBreaker < 0 || fieldTieBreaker > 1) {
      throw new IllegalArgumentException("fieldTieBreaker: must be between 0 and 1");
    }
  }

  static void positive(String key, double value) {
    if (!(value > 0)) {
      throw new IllegalArgumentException(key + ": must be a positive number, was " + value);
    }
  }

  /** Weights of a matched concept: coverage of the need counts before how well a word matches. */
  public record Concepts(
      float taxonomyWeight,
      float termWeight,
      float contextWeight,
      float taxonomyTagBoost,
      float relevanceSaturation) {
    public Concepts {
      positive("concepts.taxonomyWeight", taxonomyWeight);
      positive("concepts.termWeight", termWeight);
      positive("concepts.contextWeight", contextWeight);
      positive("concepts.taxonomyTagBoost", taxonomyTagBoost);
      positive("concepts.relevanceSaturation", relevanceSaturation);
    }
  }

  /**
   * The bonus for a need's words appearing near each other (within {@code slop} positions in one
   * field), added to the first {@code rescoreDepth} hits of a relevance ranking.
   */
  public record Proximity(int slop, float boost, int rescoreDepth) {
    public Proximity {
      if (slop < 0) {
        throw new IllegalArgumentException("proximity.slop: must be 0 or more");
      }
      positive("proximity.boost", boost);
      if (rescoreDepth < 1 || rescoreDepth > 10_000) {
        throw new IllegalArgumentException("proximity.rescoreDepth: must be 1 to 10000");
      }
    }
  }

  public record Typos(
      int minLength, int twoEditsFromLength, int prefixLength, int maxExpansions, float boost) {
    public Typos {
      if (minLength < 3) {
        throw new IllegalArgumentException("typos.minLength: must be 3 or more");
      }
      if (twoEditsFromLength < minLength) {
        throw new IllegalArgumentException("typos.twoEditsFromLength: must be >= minLength");
      }
      positive("typos.maxExpansions", maxExpansions);
      positive("typos.boost", boost);
    }
  }

  /**
   * How a need is read: filler phrases and stop words are dropped; context words ("trust", "pathway")
   * and any plain word at least {@code commonWordShare} of the catalogue's suppliers use say where the
   * buyer is, not what they buy (the share is read once the catalogue holds {@code commonWordMinSuppliers}
   * or more, since in a handful of suppliers every word is common), so they may break ties but never count as covered parts of the need.
   */
  public record Needs(
      List<String> fillerPhrases, List<String> stopWords, List<String> contextWords, double commonWordShare,
      int commonWordMinSuppliers) {
    public Needs {
      fillerPhrases = List.copyOf(fillerPhrases);
      stopWords = List.copyOf(stopWords);
      contextWords = List.copyOf(contextWords);
      if (!(commonWordShare > 0 && commonWordShare <= 1)) {
        throw new IllegalArgumentException("needs.commonWordShare: must be above 0 and at most 1");
      }
    }
  }

  public record Limits(
      int maxQueryChars,
      int maxQueryTerms,
      int maxPageSize,
      int maxResultWindow,
      int minPrefixLength,
      long timeoutMillis) {
    public Limits {
      positive("limits.maxQueryChars", maxQueryChars);
      positive("limits.maxQueryTerms", maxQueryTerms);
      positive("limits.maxPageSize", maxPageSize);
      positive("limits.maxResultWindow", maxResultWindow);
      positive("limits.minPrefixLength", minPrefixLength);
      positive("limits.timeoutMillis", (double) timeoutMillis);
    }
  }
}
