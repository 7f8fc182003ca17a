package org.supplierdiscovery.bench;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.supplierdiscovery.cli.Engine;
import org.supplierdiscovery.config.ConfigLoader;
import org.supplierdiscovery.config.IndexConfig;
import org.supplierdiscovery.config.SemanticSettings;
import org.supplierdiscovery.eval.Evaluation;
import org.supplierdiscovery.eval.JudgedNeed;
import org.supplierdiscovery.eval.JudgedNeeds;
import org.supplierdiscovery.index.CatalogueWriter;
import org.supplierdiscovery.ingest.CatalogueLoader;
import org.supplierdiscovery.ingest.CatalogueReader;
import org.supplierdiscovery.ingest.SupplierValidator;
import org.supplierdiscovery.search.SearchRequest;
import org.supplierdiscovery.search.SearchService;
import org.supplierdiscovery.semantic.SentenceEmbedder;

/**
 * What matching by meaning costs, a phase of {@code bench/run}: the time to embed a need; search time
 * on the benchmark's index, per need shape and for the judged needs in buyers' own words, with words
 * only, with meaning the first time a need is asked (its vector embedded) and asked again (its vector
 * kept); index time per supplier with and
 * without vectors on a sample (a first load, then the same records loaded again, whose vectors are
 * kept) and the index's size; the process's resident memory before and after the model is loaded.
 * One thread throughout, so the figures are per call, not per machine.
 *
 * <pre>
 * MeaningCost --index bench/work/100000/index --config index-config --queries bench/queries.tsv --needs eval/needs.jsonl \
 *   --sample bench/work/indexing-20000.jsonl --sample-size 2000 --rounds 3 --out bench/work/100000/meaning.json
 * </pre>
 */
public final class MeaningCost {
  /** The set of judged needs in buyers' own words. */
  static final String BUYERS = "buyers";
  private final IndexConfig on;
  private final IndexConfig off;
  private final ObjectNode out = JsonMapper.builder().build().createObjectNode();

  private MeaningCost(IndexConfig on) {
    this.on = on;
    this.off = wordsOnly(on);
  }

  public static void main(String[] args) throws IOException {
    BenchArgs a = new BenchArgs(args);
    IndexConfig config = new ConfigLoader().load(a.path("config", "index-config"));
    Path file = a.path("out", "bench/work/meaning.json");
    if (!config.semantic().enabled()) {
      // nothing to measure; a report from an earlier configuration would mislead
      Files.deleteIfExists(file);
      System.out.println("meaning is off in " + a.string("config", "index-config") + "/semantic.json: not measured");
      return;
    }
    List<BenchQuery> queries = QuerySet.read(a.path("queries", QuerySet.DEFAULT.toString()));
    MeaningCost cost = new MeaningCost(config);
    cost.embedding(queries);
    List<JudgedNeed> judged = JudgedNeeds.read(a.path("needs", "eval/needs.jsonl"));
    cost.search(a.path("index", "bench/work/100000/index"), needSets(queries, judged), (int) a.longValue("rounds", 3));
    cost.indexing(a.path("sample", "sample-data/suppliers.jsonl"), (int) a.longValue("sample-size", 2_000));
    Files.createDirectories(file.toAbsolutePath().getParent());
    JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), cost.out);
    System.out.println("wrote " + file);
  }

  /** Embedding each benchmark need with text once, straight through the model, and memory around it. */
  private void embedding(List<BenchQuery> queries) throws IOException {
    ObjectNode memory = out.putObject("memory");
    memory.put("rssBeforeModelMb", residentMegabytes());
    SentenceEmbedder embedder = new SentenceEmbedder();
    embedder.embedQuery("warm up");
    memory.put("rssWithModelMb", residentMegabytes());
    List<String> texts = queries.stream().map(BenchQuery::text).filter(t -> !t.isBlank()).distinct().toList();
    long[] took = new long[texts.size()];
    for (int i = 0; i < texts.size(); i++) {
      long start = System.nanoTime();
      embedder.embedQuery(texts.get(i));
      took[i] = System.nanoTime() - start;
    }
    ObjectNode e = out.putObject("embedding");
    e.put("model", SentenceEmbedder.MODEL);
    e.put("needs", texts.size());
    e.put("p50", percentileMs(took, 0.50));
    e.put("p99", percentileMs(took, 0.99));
  }

  /**
   * Each set of needs searched on the benchmark's index: words only, then with meaning the first time
   * and again. Each round has new search services, so no need vector is kept from the one before; the
   * last of {@code rounds} rounds is kept, the earlier ones warm the code.
   */
  private void search(Path index, Map<String, List<SearchRequest>> needs, int rounds) throws IOException {
    ObjectNode search = out.putObject("search");
    // the index was written with meaning on; words only is the same index searched with meaning off
    try (Engine engine = Engine.openReadOnly(on, index)) {
      for (int round = 1; round <= rounds; round++) {
        boolean last = round == rounds;
        SearchService words = new SearchService(engine.index(), off);
        SearchService meaning = new SearchService(engine.index(), on);
        for (Map.Entry<String, List<SearchRequest>> set : needs.entrySet()) {
          long[] wordsOnly = searchAll(words, set.getValue());
          long[] first = searchAll(meaning, set.getValue());
          long[] again = searchAll(meaning, set.getValue());
          if (last) {
            ObjectNode o = search.putObject(set.getKey());
            o.put("needs", set.getValue().size());
            latencies(o.putObject("wordsOnly"), wordsOnly);
            latencies(o.putObject("meaningFirst"), first);
            latencies(o.putObject("meaningAgain"), again);
          }
        }
      }
    }
  }

  /**
   * The benchmark's needs by shape (generated from the catalogue's own words, so most are read wholly by
   * the concept dictionary and never embedded), then the judged needs in buyers' own words, each of which
   * is embedded, as a page of ten.
   */
  static Map<String, List<SearchRequest>> needSets(List<BenchQuery> queries, List<JudgedNeed> judged) {
    Map<String, List<SearchRequest>> sets = new LinkedHashMap<>();
    for (BenchQuery.Shape s : BenchQuery.Shape.values()) {
      sets.put(s.label(), QuerySet.ofShape(queries, s).stream().map(BenchQuery::request).toList());
    }
    sets.put(BUYERS, judged.stream()
        .filter(JudgedNeed::inBuyersWords)
        .map(Evaluation::request)
        .map(r -> new SearchRequest(r.text(), r.filters(), r.required(), r.excluded(), r.sort(), 1, 10, false))
        .toList());
    return sets;
  }

  /** The sample's first suppliers loaded into memory with and without meaning, then loaded again. */
  private void indexing(Path sample, int size) throws IOException {
    Path part = Files.createTempFile("meaning-cost", ".jsonl");
    try {
      try (Stream<String> lines = Files.lines(sample)) {
        Files.write(part, lines.limit(size).toList());
      }
      ObjectNode indexing = out.putObject("indexing");
      for (IndexConfig config : List.of(off, on)) {
        ObjectNode o = indexing.putObject(config.semantic().enabled() ? "meaning" : "wordsOnly");
        try (CatalogueWriter writer = new CatalogueWriter(new ByteBuffersDirectory(), config, Clock.systemUTC())) {
          long start = System.nanoTime();
          var first = loader(config, writer).load(part, line -> {});
          o.put("suppliers", first.loaded());
          o.put("firstLoadMsPerSupplier", (System.nanoTime() - start) / 1e6 / first.loaded());
          start = System.nanoTime();
          // the same records again, replacing the catalogue: their texts are unchanged
          var again = loader(config, writer).load(part, true, line -> {});
          o.put("reloadMsPerSupplier", (System.nanoTime() - start) / 1e6 / again.loaded());
          o.put("indexBytes", writer.index().sizeInBytes());
        }
      }
    } finally {
      Files.deleteIfExists(part);
    }
  }

  private static CatalogueLoader loader(IndexConfig config, CatalogueWriter writer) {
    return new CatalogueLoader(new CatalogueReader(new SupplierValidator(config.taxonomy())), writer);
  }

  private static long[] searchAll(SearchService search, List<SearchRequest> needs) {
    long[] took = new long[needs.size()];
    for (int i = 0; i < needs.size(); i++) {
      SearchRequest request = needs.get(i);
      long start = System.nanoTime();
      search.search(request);
      took[i] = System.nanoTime() - start;
    }
    return took;
  }

  private static void latencies(ObjectNode o, long[] nanos) {
    o.put("p50", percentileMs(nanos, 0.50));
    o.put("p99", percentileMs(nanos, 0.99));
  }

  /** The same configuration with matching by meaning off. */
  static IndexConfig wordsOnly(IndexConfig c) {
    return new IndexConfig(c.taxonomy(), c.indexAnalyzer(), c.queryAnalyzer(), c.spellingAnalyzer(),
        c.synonymGroups(), c.ranking(), c.facets(), c.englishWords(), c.procurement(), SemanticSettings.off());
  }

  /** Nearest-rank percentile of nanosecond timings, in milliseconds. */
  static double percentileMs(long[] nanos, double p) {
    if (nanos.length == 0) {
      return Double.NaN;
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
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
