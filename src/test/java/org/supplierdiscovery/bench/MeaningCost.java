package org.supplierdiscovery.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.supplierdiscovery.config.ConfigLoader;
import org.supplierdiscovery.config.IndexConfig;
import org.supplierdiscovery.config.SemanticSettings;
import org.supplierdiscovery.eval.JudgedNeed;
import org.supplierdiscovery.eval.JudgedNeeds;
import org.supplierdiscovery.index.CatalogueWriter;
import org.supplierdiscovery.ingest.CatalogueLoader;
import org.supplierdiscovery.ingest.CatalogueReader;
import org.supplierdiscovery.ingest.SupplierValidator;
import org.supplierdiscovery.search.SearchRequest;
import org.supplierdiscovery.search.SearchService;
import org.supplierdiscovery.search.SortOrder;
import org.supplierdiscovery.semantic.SentenceEmbedder;

/**
 * What matching by meaning costs, measured by hand on a quiet machine: index time per supplier with and
 * without vectors (a first load, then the same records loaded again, whose vectors are kept), the time to embed a need (first time and from the cache), search time with and
 * without meaning, start-up of the search service (the concepts' names are embedded then), and the
 * process's resident memory before and after the model is loaded.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:(the test classpath) \
 *   org.supplierdiscovery.bench.MeaningCost [catalogue.jsonl] [needs.jsonl]
 * </pre>
 */
public final class MeaningCost {
  private MeaningCost() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args.length > 0 ? args[0] : "sample-data/suppliers.jsonl");
    Path needsFile = Path.of(args.length > 1 ? args[1] : "eval/needs.jsonl");
    IndexConfig on = new ConfigLoader().load(Path.of("index-config"));
    IndexConfig off = withMeaning(on, false);
    List<String> needs = new ArrayList<>();
    for (JudgedNeed n : JudgedNeeds.read(needsFile)) {
      needs.add(n.need());
    }
    System.out.printf("resident memory before the model: %d MB%n", residentMegabytes());
    SentenceEmbedder embedder = new SentenceEmbedder();
    embedder.embedQuery("warm up");
    System.out.printf("resident memory with the model loaded: %d MB%n", residentMegabytes());
    long[] embed = new long[needs.size()];
    for (int i = 0; i < needs.size(); i++) {
      long start = System.nanoTime();
      embedder.embedQuery(needs.get(i));
      embed[i] = System.nanoTime() - start;
    }
    System.out.printf("need embedding over %d needs: median %.2f ms, max %.2f ms%n", needs.size(),
        median(embed) / 1e6, Arrays.stream(embed).max().orElse(0) / 1e6);
    for (IndexConfig config : List.of(off, on)) {
      measure(config, data, needs);
    }
  }

  private static void measure(IndexConfig config, Path data, List<String> needs) throws IOException {
    String label = config.semantic().enabled() ? "with meaning" : "words only";
    try (CatalogueWriter writer = new CatalogueWriter(new ByteBuffersDirectory(), config, Clock.systemUTC())) {
      long start = System.nanoTime();
      SearchService search = new SearchService(writer.index(), config);
      long startUp = System.nanoTime() - start;
      start = System.nanoTime();
      var report = new CatalogueLoader(new CatalogueReader(new SupplierValidator(config.taxonomy())), writer)
          .load(data, line -> {});
      double perSupplier = (System.nanoTime() - start) / 1e6 / report.loaded();
      start = System.nanoTime();
      // the same records again, replacing the catalogue: their texts are unchanged
      var again = new CatalogueLoader(new CatalogueReader(new SupplierValidator(config.taxonomy())), writer)
          .load(data, true, line -> {});
      double reloaded = (System.nanoTime() - start) / 1e6 / again.loaded();
      long[] first = searchAll(search, needs);
      long[] cached = searchAll(search, needs);
      System.out.printf("%s: search service ready in %d ms; index %.2f ms per supplier (%d suppliers, %d KB),"
          + " %.2f ms per supplier loading the same records again (--replace);"
          + " search median %.2f ms first time, %.2f ms asked again (need vector cached)%n", label,
          startUp / 1_000_000, perSupplier, report.loaded(), writer.index().sizeInBytes() / 1024, reloaded,
          median(first) / 1e6, median(cached) / 1e6);
    }
  }

  private static long[] searchAll(SearchService search, List<String> needs) {
    long[] took = new long[needs.size()];
    for (int i = 0; i < needs.size(); i++) {
      long start = System.nanoTime();
      search.search(new SearchRequest(needs.get(i), Map.of(), SortOrder.RELEVANCE, 1, 10));
      took[i] = System.nanoTime() - start;
    }
    return took;
  }

  private static IndexConfig withMeaning(IndexConfig c, boolean enabled) {
    SemanticSettings s = c.semantic();
    return new IndexConfig(c.taxonomy(), c.indexAnalyzer(), c.queryAnalyzer(), c.spellingAnalyzer(),
        c.synonymGroups(), c.ranking(), c.facets(), c.englishWords(), c.procurement(),
        enabled ? s : SemanticSettings.off());
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static long residentMegabytes() throws IOException {
    try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
      return lines.filter(l -> l.startsWith("VmRSS:"))
          .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024)
          .findFirst()
          .orElse(-1L);
    }
  }
}
