package org.supplierdiscovery.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The files one run of {@code bench/run} leaves in its work folder, read back for the report: JMH's
 * JSON, the drivers' JSON (meaning's cost among them) and the script's {@code run.properties} (machine, versions, sizes, memory).
 * A phase that was skipped reads as missing.
 */
final class RunResults {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  final Path dir;
  final Properties run = new Properties();
  final JsonNode jmhSearch;
  final JsonNode jmhIndex;
  final JsonNode http;
  final JsonNode writes;
  final JsonNode openSearchLoad;
  final JsonNode meaning;

  RunResults(Path dir) throws IOException {
    this.dir = dir;
    Path props = dir.resolve("run.properties");
    if (Files.exists(props)) {
      try (Reader r = Files.newBufferedReader(props)) {
        run.load(r);
      }
    }
    jmhSearch = read("jmh-search.json");
    jmhIndex = read("jmh-index.json");
    http = read("http.json");
    writes = read("writes.json");
    openSearchLoad = read("opensearch-load.json");
    meaning = read("meaning.json");
  }

  private JsonNode read(String name) throws IOException {
    Path file = dir.resolve(name);
    return Files.exists(file) && Files.size(file) > 0 ? JSON.readTree(file.toFile()) : MissingNode.getInstance();
  }

  String prop(String key) {
    return run.getProperty(key, "");
  }

  double number(String key) {
    String v = run.getProperty(key, "");
    return v.isBlank() ? Double.NaN : Double.parseDouble(v);
  }

  long size() {
    return Long.parseLong(run.getProperty("size", dir.getFileName().toString()));
  }

  /** The JMH sample-mode result of one benchmark method and shape, or missing. */
  JsonNode search(String method, String shape) {
    for (JsonNode b : jmhSearch) {
      if (b.path("benchmark").asText().endsWith("." + method)
          && b.path("params").path("shape").asText().equals(shape)) {
        return b.path("primaryMetric");
      }
    }
    return MissingNode.getInstance();
  }

  /** Percentile of a JMH sample-mode metric, in milliseconds (JMH reports microseconds here). */
  static double percentileMs(JsonNode metric, String percentile) {
    JsonNode v = metric.path("scorePercentiles").path(percentile);
    return v.isMissingNode() ? Double.NaN : v.asDouble() / 1000.0;
  }

  /** Single-thread throughput from a sample-mode mean: one over the mean time per call. */
  static double opsPerSecond(JsonNode metric) {
    return metric.isMissingNode() ? Double.NaN : 1e6 / metric.path("score").asDouble();
  }

  /** Documents per second of the JMH indexing run: the file's documents over the mean time. */
  double jmhIndexingRate() {
    for (JsonNode b : jmhIndex) {
      double ms = b.path("primaryMetric").path("score").asDouble();
      return number("indexing_sample_docs") / (ms / 1000.0);
    }
    return Double.NaN;
  }
}
