package org.supplierdiscovery.bench;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.supplierdiscovery.config.ConfigLoader;
import org.supplierdiscovery.config.IndexConfig;

/**
 * The HTTP comparison on loopback. Per connection count: each system's peak throughput
 * (closed-loop), then both at the same fixed rate (a share of the slower one's peak), open-loop, for
 * latency. Systems alternate within each step, so drift on a shared machine hits both alike.
 */
final class HttpBenchmark {
  private final LoadGenerator load;
  private final Map<String, List<LoadGenerator.Call>> systems;
  private final Duration warmup;
  private final Duration measure;

  HttpBenchmark(LoadGenerator load, Map<String, List<LoadGenerator.Call>> systems, Duration warmup, Duration measure) {
    this.load = load;
    this.systems = systems;
    this.warmup = warmup;
    this.measure = measure;
  }

  /**
   * {@code --engine URL|none --opensearch URL|none --queries FILE --connections 1,8,32 --warmup S
   * --duration S --fraction F --out FILE}
   */
  public static void main(String[] args) throws Exception {
    BenchArgs a = new BenchArgs(args);
    IndexConfig config = new ConfigLoader().load(a.path("config", "index-config"));
    List<BenchQuery> needs = QuerySet.read(a.path("queries", QuerySet.DEFAULT.toString()));
    Map<String, List<LoadGenerator.Call>> systems = new LinkedHashMap<>();
    String engine = a.string("engine", "none");
    if (!engine.equals("none")) {
      systems.put("engine", HttpTargets.engine(URI.create(engine), needs));
    }
    String os = a.string("opensearch", "none");
    if (!os.equals("none")) {
      var filters = new FilterTerms(config.taxonomy(), config.facets().defaultStatus());
      systems.put("opensearch", HttpTargets.openSearch(URI.create(os), a.string("index", "suppliers"), needs,
          new OpenSearchQueries(config.ranking(), filters)));
    }
    HttpClient client = LoadGenerator.newClient();
    checkAnswers(client, systems);
    HttpBenchmark bench = new HttpBenchmark(
        new LoadGenerator(client), systems,
        Duration.ofSeconds(a.longValue("warmup", 5)), Duration.ofSeconds(a.longValue("duration", 20)));
    ObjectNode out = bench.run(a.ints("connections", "1,8,32"), a.doubleValue("fraction", 0.6));
    Files.writeString(a.path("out", "bench/work/http.json"), out.toPrettyString());
  }

  ObjectNode run(List<Integer> connections, double fraction) throws InterruptedException {
    for (var system : systems.entrySet()) {
      log("warm-up " + system.getKey());
      load.run(system.getValue(), 8, 0, Duration.ZERO, Duration.ofSeconds(10));
    }
    ObjectNode out = JsonMapper.builder().build().createObjectNode();
    for (int c : connections) {
      ObjectNode step = out.putObject(Integer.toString(c));
      ObjectNode peak = step.putObject("peak");
      double slowest = Double.MAX_VALUE;
      for (var system : systems.entrySet()) {
        LoadGenerator.Result r = load.run(system.getValue(), c, 0, warmup, measure);
        log(system.getKey() + " peak at " + c + " connections: " + r.throughput() + " req/s");
        peak.set(system.getKey(), summary(r));
        slowest = Math.min(slowest, r.throughput());
      }
      double rate = Math.max(1, fraction * slowest);
      ObjectNode fixed = step.putObject("fixed").put("rate", rate);
      for (var system : systems.entrySet()) {
        LoadGenerator.Result r = load.run(system.getValue(), c, rate, warmup, measure);
        log(system.getKey() + " at " + Math.round(rate) + " req/s, " + c + " connections: p99 "
            + ms(r.all().getValueAtPercentile(99)) + " ms");
        fixed.set(system.getKey(), summary(r));
      }
    }
    return out;
  }

  static ObjectNode summary(LoadGenerator.Result r) {
    ObjectNode o = latencies(JsonMapper.builder().build().createObjectNode(), r.all());
    o.put("throughput", r.throughput()).put("completed", r.completed()).put("errors", r.errors());
    ObjectNode shapes = o.putObject("byShape");
    r.byShape().forEach((s, h) -> latencies(shapes.putObject(s.label()), h));
    return o;
  }

  private static ObjectNode latencies(ObjectNode o, Histogram h) {
    return o.put("count", h.getTotalCount())
        .put("p50", ms(h.getValueAtPercentile(50)))
        .put("p90", ms(h.getValueAtPercentile(90)))
        .put("p99", ms(h.getValueAtPercentile(99)))
        .put("p999", ms(h.getValueAtPercentile(99.9)))
        .put("max", ms(h.getMaxValue()));
  }

  private static double ms(long micros) {
    return Math.round(micros / 10.0) / 100.0;
  }

  /** Fails early, naming the request, if a system does not answer a need with 200. */
  static void checkAnswers(HttpClient client, Map<String, List<LoadGenerator.Call>> systems)
      throws IOException, InterruptedException {
    for (var system : systems.entrySet()) {
      for (LoadGenerator.Call call : system.getValue().subList(0, Math.min(10, system.getValue().size()))) {
        HttpResponse<String> r = client.send(call.request(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
          throw new IllegalStateException(
              system.getKey() + " answered " + r.statusCode() + " to " + call.request().uri() + ": " + r.body());
        }
      }
    }
  }

  private static void log(String message) {
    System.out.println("[http] " + message);
  }
}
