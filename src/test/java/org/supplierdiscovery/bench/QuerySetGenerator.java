package org.supplierdiscovery.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.catalogue.Listing;
import org.supplierdiscovery.catalogue.Supplier;
import org.supplierdiscovery.config.ConfigLoader;
import org.supplierdiscovery.config.IndexConfig;
import org.supplierdiscovery.ingest.CatalogueReader;
import org.supplierdiscovery.ingest.SupplierValidator;

/**
 * Writes the benchmark needs in five shapes, drawn from the taxonomy, the synonyms buyers type and
 * the sample suppliers (whose facet combinations make filters that find something).
 */
final class QuerySetGenerator {
  static final int PER_SHAPE = 120;
  private static final List<String> CONNECTORS = List.of(" for ", " with ", " and ", " that supports ",
      " to help with ");

  private final SplittableRandom rng;
  private final SampleVocabulary sample;
  private final List<String> shortTerms = new ArrayList<>();
  private final List<String> fillers;

  QuerySetGenerator(IndexConfig config, SampleVocabulary sample, long seed) {
    this.rng = new SplittableRandom(seed);
    this.sample = sample;
    this.fillers = config.ranking().needs().fillerPhrases().stream().filter(f -> f.split(" ").length >= 2).toList();
    TreeSet<String> terms = new TreeSet<>();
    config.synonymGroups().forEach(g -> g.stream().filter(t -> t.split(" ").length <= 2).forEach(terms::add));
    config.taxonomy().labels().keySet().stream()
        .filter(l -> l.split(" ").length <= 2)
        .forEach(l -> terms.add(l.toLowerCase(Locale.ROOT)));
    shortTerms.addAll(terms);
  }

  /** {@code java ... QuerySetGenerator --seed S --out bench/queries.tsv} */
  public static void main(String[] args) throws IOException {
    BenchArgs a = new BenchArgs(args);
    IndexConfig config = new ConfigLoader().load(a.path("config", "index-config"));
    var reader = new CatalogueReader(new SupplierValidator(config.taxonomy()));
    SampleVocabulary sample = SampleVocabulary.read(a.path("sample", "sample-data/suppliers.jsonl"), reader);
    List<BenchQuery> queries = new QuerySetGenerator(config, sample, a.longValue("seed", 7)).generate();
    Files.writeString(a.path("out", QuerySet.DEFAULT.toString()), QuerySet.format(queries), StandardCharsets.UTF_8);
    System.out.println("wrote " + queries.size() + " needs");
  }

  List<BenchQuery> generate() {
    List<BenchQuery> out = new ArrayList<>();
    for (int i = 0; i < PER_SHAPE; i++) {
      out.add(new BenchQuery(BenchQuery.Shape.SHORT, shortNeed(), Map.of()));
      out.add(new BenchQuery(BenchQuery.Shape.LONG, longNeed(), Map.of()));
      Supplier s = template();
      out.add(new BenchQuery(BenchQuery.Shape.FILTERED, conceptText(s), filters(s, 1 + rng.nextInt(3))));
      Supplier b = template();
      out.add(new BenchQuery(BenchQuery.Shape.BROWSE, "", filters(b, rng.nextInt(10) == 0 ? 0 : 1 + rng.nextInt(3))));
      out.add(new BenchQuery(BenchQuery.Shape.TYPO, typo(rng.nextBoolean() ? shortNeed() : longNeed()), Map.of()));
    }
    return out;
  }

  private String shortNeed() {
    return pick(shortTerms);
  }

  /** A buyer's sentence: filler, then two to four concepts of one supplier joined naturally. */
  private String longNeed() {
    Supplier s = template();
    LinkedHashSet<String> distinct = new LinkedHashSet<>();
    s.capabilities().forEach(c -> distinct.add(c.toLowerCase(Locale.ROOT)));
    s.pathways().forEach(p -> distinct.add(p.toLowerCase(Locale.ROOT) + " patients"));
    distinct.add(pick(shortTerms));
    List<String> concepts = new ArrayList<>(distinct);
    StringBuilder need = new StringBuilder(pick(fillers)).append(" ")
        .append(concepts.remove(rng.nextInt(concepts.size())));
    int more = Math.min(concepts.size(), 1 + rng.nextInt(3));
    for (int k = 0; k < more; k++) {
      need.append(pick(CONNECTORS)).append(concepts.remove(rng.nextInt(concepts.size())));
    }
    if (!s.regions().isEmpty() && rng.nextInt(3) == 0) {
      need.append(" in ").append(pick(s.regions()));
    }
    return need.toString();
  }

  private String conceptText(Supplier s) {
    String capability = pick(s.capabilities()).toLowerCase(Locale.ROOT);
    return rng.nextBoolean() ? capability : pick(shortTerms);
  }

  /** Filters a real supplier would pass: values from one sample supplier's facets. */
  private Map<Dimension, List<String>> filters(Supplier s, int count) {
    Map<Dimension, List<String>> candidates = new LinkedHashMap<>();
    candidates.put(Dimension.TECHNOLOGY_AREA, s.technologyAreas());
    candidates.put(Dimension.CAPABILITY, s.capabilities());
    candidates.put(Dimension.PATHWAY, s.pathways());
    candidates.put(Dimension.REGION, s.regions());
    candidates.put(Dimension.STANDARD, s.standards());
    candidates.put(Dimension.SME, List.of(String.valueOf(s.sme())));
    Listing l = pick(s.listings());
    if (l.lot() != null && rng.nextBoolean()) {
      candidates.put(Dimension.LOT, List.of(l.lot()));
    } else {
      candidates.put(Dimension.FRAMEWORK, List.of(l.framework()));
    }
    candidates.values().removeIf(List::isEmpty);
    List<Dimension> dims = new ArrayList<>(candidates.keySet());
    Map<Dimension, List<String>> chosen = new EnumMap<>(Dimension.class);
    while (chosen.size() < count && !dims.isEmpty()) {
      Dimension d = dims.remove(rng.nextInt(dims.size()));
      chosen.put(d, List.of(pick(candidates.get(d))));
    }
    return chosen;
  }

  /** One word of five letters or more misspelt: letters swapped, dropped, doubled or replaced. */
  private String typo(String need) {
    String[] words = need.split(" ");
    List<Integer> long5 = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      if (words[i].length() >= 5 && words[i].chars().allMatch(Character::isLetter)) {
        long5.add(i);
      }
    }
    if (long5.isEmpty()) {
      return typo(longNeed());
    }
    int w = pick(long5);
    String word = words[w];
    int at = 1 + rng.nextInt(word.length() - 2);
    words[w] = switch (rng.nextInt(4)) {
      case 0 -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
      case 1 -> word.substring(0, at) + word.substring(at + 1);
      case 2 -> word.substring(0, at) + word.charAt(at) + word.substring(at);
      default -> word.substring(0, at) + (char) ('a' + rng.nextInt(26)) + word.substring(at + 1);
    };
    return String.join(" ", words);
  }

  private Supplier template() {
    return pick(sample.templates());
  }

  private <T> T pick(List<T> values) {
    return values.get(rng.nextInt(values.size()));
  }
}
