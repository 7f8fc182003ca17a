package org.supplierdiscovery.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.supplierdiscovery.cli.Engine;

/**
 * Acknowledged-write throughput and PUT-to-visible latency with 1 and 8 writers: each writer changes
 * a supplier's description to carry a word of its own, sends it, and once acknowledged searches for
 * that word until the supplier shows. Writers never touch the same supplier.
 */
final class WriteBenchmark {
  private static final long HIGHEST_MICROS = 60_000_000L;
  private final ObjectMapper json = JsonMapper.builder().build();
  private final WriteTargets target;
  private final List<String> records;

  WriteBenchmark(WriteTargets target, List<String> records) {
    this.target = target;
    this.records = records;
  }

  /** Writer results: acknowledged writes, and latencies in microseconds. */
  record Result(int writers, double seconds, long acked, long errors, Histogram ack, Histogram visible) {}

  /**
   * {@code --mode http|inprocess --engine URL --token T (http) | --index DIR --config DIR (inprocess)
   * --data CATALOGUE --writers 1,8 --duration S --out FILE}
   */
  public static void main(String[] args) throws Exception {
    BenchArgs a = new BenchArgs(args);
    List<String> records = firstLines(a.path("data", "bench/work/suppliers.jsonl"), 20_000);
    String mode = a.string("mode", "http");
    ObjectNode out = JsonMapper.builder().build().createObjectNode().put("mode", mode);
    Duration duration = Duration.ofSeconds(a.longValue("duration", 20));
    if (mode.equals("http")) {
      var target = new WriteTargets.Http(LoadGenerator.newClient(), URI.create(a.required("engine")),
          a.required("token"));
      new WriteBenchmark(target, records).runAll(a.ints("writers", "1,8"), duration, out);
    } else {
      try (Engine engine = Engine.open(a.path("config", "index-config"), a.path("index", "bench/work/index"));
          var target = new WriteTargets.InProcess(engine)) {
        new WriteBenchmark(target, records).runAll(a.ints("writers", "1,8"), duration, out);
      }
    }
    Files.writeString(a.path("out", "bench/work/writes.json"), out.toPrettyString());
  }

  void runAll(List<Integer> writerCounts, Duration duration, ObjectNode out) throws Exception {
    for (int w : writerCounts) {
      Result r = run(w, duration);
      System.out.printf("[writes] %d writers: %.1f acknowledged writes/s, ack p99 %.2f ms, visible p99 %.2f ms%n",
          w, r.acked() / r.seconds(), r.ack().getValueAtPercentile(99) / 1000.0,
          r.visible().getValueAtPercentile(99) / 1000.0);
      ObjectNode o = out.putObject(Integer.toString(w));
      o.put("writesPerSecond", r.acked() / r.seconds()).put("acked", r.acked()).put("errors", r.errors());
      o.put("ackP50", r.ack().getValueAtPercentile(50) / 1000.0).put("ackP99",
          r.ack().getValueAtPercentile(99) / 1000.0);
      o.put("visibleP50", r.visible().getValueAtPercentile(50) / 1000.0).put("visibleP99",
          r.visible().getValueAtPercentile(99) / 1000.0);
    }
  }

  Result run(int writers, Duration duration) throws Exception {
    long end = System.nanoTime() + duration.toNanos();
    Histogram ack = new Histogram(HIGHEST_MICROS, 3);
    Histogram visible = new Histogram(HIGHEST_MICROS, 3);
    long[] counts = new long[2];
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      int writer = w;
      threads.add(Thread.ofPlatform().start(() -> write(writer, writers, end, ack, visible, counts)));
    }
    for (Thread t : threads) {
      t.join();
    }
    return new Result(writers, duration.toNanos() / 1e9, counts[0], counts[1], ack, visible);
  }

  private void write(int writer, int writers, long end, Histogram ack, Histogram visible, long[] counts) {
    try {
      for (int seq = 0; System.nanoTime() < end; seq++) {
        ObjectNode record = (ObjectNode) json.readTree(records.get((writer + seq * writers) % records.size()));
        String id = record.path("id").asText();
        String marker = "bmk" + writer + "x" + seq + "z" + System.nanoTime() % 100_000;
        record.put("description", record.path("description").asText("") + " Revision " + marker + ".");
        long start = System.nanoTime();
        boolean ok = target.put(id, record.toString());
        long acked = System.nanoTime();
        boolean seenIt = ok && target.visible(id, marker);
        while (ok && !seenIt && System.nanoTime() - acked < 10_000_000_000L) {
          Thread.onSpinWait();
          seenIt = target.visible(id, marker);
        }
        long seen = System.nanoTime();
        synchronized (counts) {
          if (ok && seenIt) {
            counts[0]++;
            ack.recordValue(Math.min((acked - start) / 1_000, HIGHEST_MICROS));
            visible.recordValue(Math.min((seen - start) / 1_000, HIGHEST_MICROS));
          } else {
            counts[1]++; // refused, or acknowledged but not found within 10 s
          }
        }
      }
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("writer " + writer + " failed", e);
    }
  }

  /**
   * The first {@code max} records a default search can find (an active listing): a supplier that is
   * only suspended never shows without a status filter, so its change could never be seen.
   */
  static List<String> firstLines(Path file, int max) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; lines.size() < max && (line = in.readLine()) != null;) {
        if (line.contains("\"status\":\"active\"") || line.contains("\"status\": \"active\"")) {
          lines.add(line);
        }
      }
    }
    return lines;
  }
}
