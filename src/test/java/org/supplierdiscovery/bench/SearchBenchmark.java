package org.supplierdiscovery.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.store.FSDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.supplierdiscovery.cli.Engine;
import org.supplierdiscovery.search.SearchRequest;
import org.supplierdiscovery.search.SearchResponse;

/**
 * Search latency per need shape, in process: (a) the engine's whole search path, and (b) the bare
 * Lucene floor on the same index files, with facets counted from doc values and from bitsets. Each call takes the shape's next need, in file order, so
 * both see the same needs.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SearchBenchmark {
  @Param("bench/work/10000/index")
  public String indexDir;

  @Param("index-config")
  public String configDir;

  @Param("bench/queries.tsv")
  public String queries;

  @Param({"short", "long", "filtered", "browse", "typo"})
  public String shape;

  private Engine engine;
  private FSDirectory floorDirectory;
  private LuceneFloor floor;
  private List<BenchQuery> needs;
  private SearchRequest[] requests;

  /** Each thread walks the needs from its own position. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  @Setup(Level.Trial)
  public void open() throws IOException {
    engine = Engine.open(Path.of(configDir), Path.of(indexDir));
    var config = engine.config();
    floorDirectory = FSDirectory.open(Path.of(indexDir));
    floor = new LuceneFloor(
        floorDirectory, config.indexAnalyzer(), new FilterTerms(config.taxonomy(), config.facets().defaultStatus()));
    needs = QuerySet.ofShape(QuerySet.read(Path.of(queries)), BenchQuery.Shape.of(shape));
    if (needs.isEmpty()) {
      throw new IllegalStateException(queries + " has no needs of shape " + shape);
    }
    requests = needs.stream().map(BenchQuery::request).toArray(SearchRequest[]::new);
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    floor.close();
    floorDirectory.close();
    engine.close();
  }

  @Benchmark
  public SearchResponse fullPath(Cursor cursor) {
    return engine.search().search(requests[cursor.next++ % requests.length]);
  }

  @Benchmark
  public LuceneFloor.Answer luceneFloor(Cursor cursor) throws IOException {
    return floor.search(needs.get(cursor.next++ % needs.size()));
  }

  @Benchmark
  public LuceneFloor.BitsetAnswer luceneFloorBitsets(Cursor cursor) throws IOException {
    return floor.searchWithBitsets(needs.get(cursor.next++ % needs.size()));
  }
}
