package org.supplierdiscovery.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.supplierdiscovery.catalogue.Dimension;

/** Loads and checks {@code index-config/}; any mistake fails start-up naming the file and key. */
public final class ConfigLoader {
  public static final String TAXONOMY = "taxonomy.json";
  public static final String ANALYZERS = "analyzers.json";
  public static final String RANKING = "ranking.json";
  public static final String FACETS = "facets.json";
  public static final String SYNONYMS = "synonyms.txt";
  public static final String ENGLISH_WORDS = "english-words.txt.gz";
  public static final String NHS_VOCABULARY = "nhs-vocabulary.txt";
  public static final String PROCUREMENT = "procurement.json";
  public static final String LISTING_REASONS = "listing-reasons.json";
  public static final String SEMANTIC = "semantic.json";

  private final JsonFiles json = new JsonFiles();

  public IndexConfig load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new ConfigException(dir + ": configuration directory not found");
    }
    Taxonomy taxonomy = new TaxonomyReader(json)
        .read(dir.resolve(TAXONOMY), ListingReasons.read(json, dir.resolve(LISTING_REASONS)));
    JsonNode analyzers = json.readTree(dir.resolve(ANALYZERS));
    RankingConfig ranking = json.bind(dir.resolve(RANKING), RankingConfig.class);
    return new IndexConfig(
        taxonomy,
        analyzer(dir, analyzers, "index"),
        analyzer(dir, analyzers, "query"),
        analyzer(dir, analyzers, "spelling"),
        synonymGroups(dir),
        ranking,
        checkedFacets(dir.resolve(FACETS), taxonomy),
        EnglishWords.read(dir.resolve(ENGLISH_WORDS)),
        checkedProcurement(dir.resolve(PROCUREMENT), taxonomy, ranking.limits().maxPageSize()),
        json.bind(dir.resolve(SEMANTIC), SemanticSettings.class));
  }

  /** The groups of synonyms.txt, then those of the NHS vocabulary: both are one synonym list. */
  private static List<List<String>> synonymGroups(Path dir) {
    List<List<String>> groups = new ArrayList<>(SynonymGroups.parse(readLines(dir.resolve(SYNONYMS))));
    groups.addAll(SynonymGroups.parse(readLines(dir.resolve(NHS_VOCABULARY))));
    return groups;
  }

  private FacetSettings checkedFacets(Path file, Taxonomy taxonomy) {
    FacetSettings settings = json.bind(file, FacetSettings.class);
    for (String status : settings.defaultStatus()) {
      if (!taxonomy.allows(Dimension.STATUS, status)) {
        throw new ConfigException(file + ": defaultStatus: unknown status '" + status + "'");
      }
    }
    return settings;
  }

  /** A frozen list is one page of the search, so no limit may exceed the largest page. */
  private ProcurementSettings checkedProcurement(Path file, Taxonomy taxonomy, int maxPageSize) {
    ProcurementSettings settings = json.bind(file, ProcurementSettings.class);
    String most = ": must be at most " + maxPageSize + " (limits.maxPageSize of " + RANKING + ")";
    if (settings.freezeLimit() > maxPageSize) {
      throw new ConfigException(file + ": freezeLimit" + most);
    }
    settings.frameworkFreezeLimits().forEach((framework, limit) -> {
      if (!taxonomy.allows(Dimension.FRAMEWORK, framework)) {
        throw new ConfigException(file + ": frameworkFreezeLimits: unknown framework '" + framework + "'");
      } else if (limit > maxPageSize) {
        throw new ConfigException(file + ": frameworkFreezeLimits." + framework + most);
      }
    });
    return settings;
  }

  private Analyzer analyzer(Path dir, JsonNode analyzers, String name) {
    Path file = dir.resolve(ANALYZERS);
    JsonNode node = analyzers.get(name);
    if (node == null) {
      throw new ConfigException(file + ": " + name + ": missing analyzer");
    }
    AnalyzerSpec spec = json.bind(file, name, node, AnalyzerSpec.class);
    try {
      CustomAnalyzer.Builder builder = CustomAnalyzer.builder(dir);
      for (AnalyzerSpec.Component charFilter : spec.charFilters()) {
        builder.addCharFilter(charFilter.name(), new HashMap<>(charFilter.params()));
      }
      builder.withTokenizer(spec.tokenizer().name(), new HashMap<>(spec.tokenizer().params()));
      for (AnalyzerSpec.Component filter : spec.filters()) {
        builder.addTokenFilter(filter.name(), new HashMap<>(filter.params()));
      }
      return builder.build();
    } catch (IOException | RuntimeException e) {
      throw SynonymFileError.from(dir.resolve(SYNONYMS), e)
          .orElseGet(() -> new ConfigException(file + ": " + name + ": " + e.getMessage(), e));
    }
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  static Set<String> duplicates(List<String> values) {
    Set<String> seen = new HashSet<>();
    return values.stream().filter(v -> !seen.add(v)).collect(Collectors.toSet());
  }
}
