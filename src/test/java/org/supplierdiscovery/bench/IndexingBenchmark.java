package org.supplierdiscovery.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.supplierdiscovery.ingest.LoadReport;

/**
 * Indexing throughput: one call loads a whole catalogue file (read, validate, build documents, index,
 * commit with fsync) into a new, empty index on disk, exactly as {@code supplier-discovery index}
 * does. Documents per second are the file's lines over the time of one call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IndexingBenchmark {
  @Param("bench/work/indexing.jsonl")
  public String data;

  @Param("index-config")
  public String configDir;

  private Path indexDir;
  private Engine engine;

  @Setup(Level.Iteration)
  public void emptyIndex() throws IOException {
    indexDir = Files.createTempDirectory("sd-indexing-bench");
    engine = Engine.open(Path.of(configDir), indexDir);
  }

  @TearDown(Level.Iteration)
  public void removeIndex() throws IOException {
    engine.close();
    try (Stream<Path> files = Files.walk(indexDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Benchmark
  public LoadReport load() throws IOException {
    LoadReport report = engine.loader().load(Path.of(data), line -> {});
    if (!report.rejected().isEmpty()) {
      throw new IllegalStateException(data + ": " + report.rejected().size() + " records rejected");
    }
    return report;
  }
}
