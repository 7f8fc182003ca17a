package org.supplierdiscovery.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.util.BytesRef;
import org.supplierdiscovery.index.FacetFields;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.supplierdiscovery.TestCatalogue;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.cli.Engine;
import org.supplierdiscovery.ingest.Validation;

/**
 * Proves the benchmark code works, on 200 generated suppliers, without timing anything: the
 * generator's records pass the project's validator, the committed query set is the generator's
 * output, every JMH method runs once, the floor filters as the engine does, and the load and write
 * drivers complete. No OpenSearch is started.
 */
class BenchmarkSmokeIT {
  private static final int SUPPLIERS = 200;
  @TempDir
  static Path dir;
  static Path catalogue;
  static SampleVocabulary sample;

  @BeforeAll
  static void generate() throws Exception {
    sample = SampleVocabulary.read(TestCatalogue.SAMPLE, TestCatalogue.reader());
    catalogue = dir.resolve("suppliers.jsonl");
    new CatalogueGenerator(sample, 42).write(catalogue, SUPPLIERS);
  }

  @Test
  void generatedSuppliersPassTheValidatorAndDependOnlyOnTheSeed() throws Exception {
    List<Validation> records = new ArrayList<>();
    TestCatalogue.reader().read(new ByteArrayInputStream(Files.readAllBytes(catalogue)),
        line -> records.add(line.validation()));
    assertEquals(SUPPLIERS, records.size());
    records.forEach(v -> assertTrue(v.isValid(), () -> v.id() + ": " + v.errors()));
    Set<String> ids = new HashSet<>();
    records.forEach(v -> ids.add(v.id()));
    assertEquals(SUPPLIERS, ids.size(), "ids are unique");
    Path again = dir.resolve("again.jsonl");
    new CatalogueGenerator(sample, 42).write(again, SUPPLIERS);
    assertEquals(Files.readString(catalogue), Files.readString(again));
    assertNotEquals(
        new CatalogueGenerator(sample, 42).supplier(7), new CatalogueGenerator(sample, 43).supplier(7));
  }

  @Test
  void queryGeneratorIsDeterministicAndTheCommittedSetHasEveryShape() throws Exception {
    List<BenchQuery> generated = new QuerySetGenerator(TestCatalogue.config(), sample, 7).generate();
    assertEquals(generated, new QuerySetGenerator(TestCatalogue.config(), sample, 7).generate());
    assertEquals(generated, QuerySet.read(writeAndRead(generated)));
    // The committed file is not regenerated when the sample changes, so runs stay comparable.
    List<BenchQuery> read = QuerySet.read(QuerySet.DEFAULT);
    assertTrue(read.size() >= 500);
    var taxonomy = TestCatalogue.config().taxonomy();
    for (BenchQuery.Shape s : BenchQuery.Shape.values()) {
      assertTrue(QuerySet.ofShape(read, s).size() >= 100, s.label());
    }
    for (BenchQuery q : read) {
      q.filters().forEach((d, values) -> values.forEach(v -> assertTrue(taxonomy.allows(d, v), d + "=" + v)));
      assertEquals(q.shape() == BenchQuery.Shape.BROWSE, q.text().isEmpty(), q.toLine());
      assertTrue(q.shape() != BenchQuery.Shape.FILTERED || !q.filters().isEmpty(), q.toLine());
    }
  }

  @Test
  void everyJmhBenchmarkMethodRunsOnce() throws Exception {
    Path index = loadedIndex("jmh");
    var options = new OptionsBuilder()
        .include(SearchBenchmark.class.getName())
        .include(IndexingBenchmark.class.getName())
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .mode(Mode.SingleShotTime)
        .param("indexDir", index.toString())
        .param("configDir", TestCatalogue.CONFIG.toString())
        .param("queries", QuerySet.DEFAULT.toString())
        .param("data", catalogue.toString())
        .build();
    List<RunResult> results = new ArrayList<>(new Runner(options).run());
    assertEquals(3 * BenchQuery.Shape.values().length + 1, results.size());
  }

  @Test
  void floorFiltersAsTheEngineDoes() throws Exception {
    Path index = loadedIndex("floor");
    try (Engine engine = Engine.open(TestCatalogue.CONFIG, index);
        FSDirectory directory = FSDirectory.open(index)) {
      var config = engine.config();
      var filters = new FilterTerms(config.taxonomy(), config.facets().defaultStatus());
      try (LuceneFloor floor = new LuceneFloor(directory, config.indexAnalyzer(), filters)) {
        for (BenchQuery need : QuerySet.ofShape(QuerySet.read(QuerySet.DEFAULT), BenchQuery.Shape.BROWSE)) {
          assertEquals(engine.search().search(need.request()).total(), floor.search(need).total(), need.toLine());
        }
      }
    }
  }

  @Test
  void bothFloorsCountTheSame() throws Exception {
    Path index = loadedIndex("floors");
    try (Engine engine = Engine.open(TestCatalogue.CONFIG, index);
        FSDirectory directory = FSDirectory.open(index)) {
      var config = engine.config();
      var filters = new FilterTerms(config.taxonomy(), config.facets().defaultStatus());
      try (LuceneFloor floor = new LuceneFloor(directory, config.indexAnalyzer(), filters)) {
        for (BenchQuery need : QuerySet.read(QuerySet.DEFAULT).subList(0, 200)) {
          LuceneFloor.Answer docValues = floor.search(need);
          LuceneFloor.BitsetAnswer bitsets = floor.searchWithBitsets(need);
          assertEquals(docValues.total(), bitsets.total(), need.toLine());
          assertEquals(docValues.ids(), bitsets.ids(), need.toLine());
          for (FacetResult dim : docValues.facets()) {
            for (LabelAndValue value : dim.labelValues) {
              BytesRef term = FacetFields.term(dim.dim, value.label).bytes();
              assertEquals(value.value.longValue(), bitsets.facets().get(term), need.toLine() + " " + value);
            }
          }
        }
      }
    }
  }

  @Test
  void loadGeneratorKeepsItsScheduleAndCountsEveryAnswer() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      exchange.sendResponseHeaders(exchange.getRequestURI().getPath().startsWith("/api/search") ? 200 : 404, -1);
      exchange.close();
    });
    server.start();
    try {
      URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
      List<BenchQuery> needs = QuerySet.read(QuerySet.DEFAULT).subList(0, 20);
      var load = new LoadGenerator(LoadGenerator.newClient());
      var fixed = load.run(HttpTargets.engine(base, needs), 2, 100, Duration.ofMillis(100), Duration.ofMillis(500));
      // Open loop: 100/s over two connections is one request every 20 ms on each, offset by 10 ms; exactly 50
      // of them are due in the measured half second, and each is sent and counted however late it goes out.
      assertEquals(0, fixed.errors());
      assertEquals(50, fixed.completed());
      var peak = load.run(HttpTargets.engine(base, needs), 2, 0, Duration.ZERO, Duration.ofMillis(300));
      assertTrue(peak.completed() > 0);
      assertTrue(HttpBenchmark.summary(peak).path("p99").asDouble() > 0);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void openSearchRequestsCountFacetsSidewaysAndDocumentsCarryListingPaths() throws Exception {
    var config = TestCatalogue.config();
    var queries = new OpenSearchQueries(config.ranking(),
        new FilterTerms(config.taxonomy(), config.facets().defaultStatus()));
    BenchQuery need = new BenchQuery(BenchQuery.Shape.FILTERED, "remote monitoring",
        java.util.Map.of(Dimension.REGION, List.of("London"), Dimension.LOT, List.of("Lot 2 - Cloud software")));
    JsonNode body = JsonMapper.builder().build().readTree(queries.body(need));
    assertEquals(
        "[{\"terms\":{\"region\":[\"London\"]}},{\"terms\":{\"listing\":[\"active/G-Cloud 14/Lot 2 - Cloud software\"]}}]",
        body.path("post_filter").path("bool").path("filter").toString());
    assertEquals("[{\"terms\":{\"listing\":[\"active/G-Cloud 14/Lot 2 - Cloud software\"]}}]",
        body.path("aggs").path("region").path("filter").path("bool").path("filter").toString());
    assertEquals(OpenSearchQueries.facetFields().size(), body.path("aggs").size());
    var supplier = new CatalogueGenerator(sample, 42).supplier(0);
    JsonNode doc = new OpenSearchDocuments().document(supplier);
    assertTrue(doc.path("listing").toString()
        .contains(supplier.listings().get(0).status().label() + "/" + supplier.listings().get(0).framework()));
  }

  @Test
  void writeBenchmarkAcknowledgesAndSeesItsChangesInProcess() throws Exception {
    Path index = loadedIndex("writes");
    try (Engine engine = Engine.open(TestCatalogue.CONFIG, index);
        var target = new WriteTargets.InProcess(engine)) {
      var result = new WriteBenchmark(target, WriteBenchmark.firstLines(catalogue, 20)).run(2, Duration.ofMillis(300));
      assertTrue(result.acked() > 0);
      assertEquals(0, result.errors());
      assertEquals(result.acked(), result.visible().getTotalCount());
    }
  }

  @Test
  void meaningCostMeasuresEveryShapeAndTheReportShowsIt() throws Exception {
    Path index = loadedIndex("meaning");
    Path work = dir.resolve("meaning-run");
    Files.createDirectories(work);
    Files.writeString(work.resolve("run.properties"), "size=" + SUPPLIERS + "\n");
    MeaningCost.main(new String[]{"--index", index.toString(), "--config", TestCatalogue.CONFIG.toString(),
        "--sample", catalogue.toString(), "--sample-size", "30", "--rounds", "1",
        "--out", work.resolve("meaning.json").toString()});
    RunResults results = new RunResults(work);
    List<String> sets = new ArrayList<>();
    results.meaning.path("search").fieldNames().forEachRemaining(sets::add);
    assertEquals(List.of("short", "long", "filtered", "browse", "typo", MeaningCost.BUYERS), sets);
    for (String set : sets) {
      for (String kind : List.of("wordsOnly", "meaningFirst", "meaningAgain")) {
        assertTrue(results.meaning.path("search").path(set).path(kind).path("p50").asDouble() > 0, set + " " + kind);
      }
    }
    assertTrue(results.meaning.path("search").path(MeaningCost.BUYERS).path("needs").asInt() >= 60);
    assertEquals(30, results.meaning.path("indexing").path("meaning").path("suppliers").asInt());
    assertTrue(results.meaning.path("indexing").path("meaning").path("indexBytes").asLong() > results.meaning
        .path("indexing").path("wordsOnly").path("indexBytes").asLong(), "vectors take room");
    String section = new ResultsReport(results).section();
    assertTrue(section.contains("### What matching by meaning costs"), section);
    assertTrue(section.contains("| typo |"), section);
    assertTrue(!section.contains("Not run (meaning off"), section);
  }

  @Test
  void reportSectionsAreReplacedNotDuplicated() {
    String doc = ReportText.replaceSection(ReportText.HEADER, "size:10", "old\n");
    doc = ReportText.replaceSection(doc, "size:10", "new\n");
    assertTrue(doc.contains("new") && !doc.contains("old"));
    assertEquals(doc.indexOf("<!-- size:10 -->"), doc.lastIndexOf("<!-- size:10 -->"));
  }

  private static Path writeAndRead(List<BenchQuery> queries) throws Exception {
    Path file = dir.resolve("queries.tsv");
    Files.writeString(file, QuerySet.format(queries));
    return file;
  }

  private static Path loadedIndex(String name) throws Exception {
    Path index = dir.resolve(name);
    try (Engine engine = Engine.open(TestCatalogue.CONFIG, index)) {
      var report = engine.loader().load(catalogue, line -> {});
      assertEquals(SUPPLIERS, report.loaded());
    }
    return index;
  }
}
