package org.supplierdiscovery.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.HdrHistogram.Histogram;

/**
 * Replication lag, one write at a time: a changed supplier is sent to the primary, and from its
 * acknowledgement (the primary has committed generation {@code g}) each replica is asked for that
 * supplier with {@code minGeneration=g}, which it answers as soon as it serves {@code g}. Writes start
 * at a random point of the replicas' poll interval, not just after a poll, so the lag is not always
 * a whole interval.
 */
final class ReplicationLag {
  private static final long HIGHEST_MICROS = 60_000_000L;
  private static final long GIVE_UP_NANOS = 30_000_000_000L;
  private final ObjectMapper json = JsonMapper.builder().build();
  private final HttpClient client;
  private final URI primary;
  private final List<URI> replicas;
  private final String token;

  ReplicationLag(HttpClient client, URI primary, List<URI> replicas, String token) {
    this.client = client;
    this.primary = primary;
    this.replicas = List.copyOf(replicas);
    this.token = token;
  }

  /** {@code writes} changes from {@code records}; the result per replica and over all of them. */
  ObjectNode run(List<String> records, int writes, Duration pollInterval, long seed) throws Exception {
    Random random = new Random(seed);
    Histogram ack = histogram();
    Histogram all = histogram();
    List<Histogram> each = replicas.stream().map(r -> histogram()).toList();
    long errors = 0;
    try (ExecutorService pool = Executors.newFixedThreadPool(replicas.size())) {
      for (int i = 0; i < writes; i++) {
        Thread.sleep(Duration.ofMillis(random.nextLong(pollInterval.toMillis() + 1)));
        ObjectNode record = (ObjectNode) json.readTree(records.get(i % records.size()));
        String id = record.path("id").asText();
        record.put("description", record.path("description").asText("") + " Revision lag" + i + ".");
        long start = System.nanoTime();
        long generation = put(id, record.toString());
        long acked = System.nanoTime();
        ack.recordValue(micros(acked - start));
        List<Future<Long>> seen = new ArrayList<>();
        for (URI replica : replicas) {
          seen.add(pool.submit(() -> awaitGeneration(replica, id, generation)));
        }
        for (int r = 0; r < seen.size(); r++) {
          long at = seen.get(r).get();
          if (at < 0) {
            errors++;
          } else {
            each.get(r).recordValue(micros(at - acked));
            all.recordValue(micros(at - acked));
          }
        }
        System.out.printf("[lag] write %d: generation %d%n", i + 1, generation);
      }
    }
    ObjectNode out = json.createObjectNode().put("writes", writes).put("errors", errors)
        .put("pollIntervalMs", pollInterval.toMillis());
    latencies(out.putObject("ack"), ack);
    latencies(out.putObject("all"), all);
    for (int r = 0; r < replicas.size(); r++) {
      latencies(out.putObject("replica" + (r + 1)), each.get(r));
    }
    return out;
  }

  /** Sends the change; returns the generation it was committed in. */
  private long put(String id, String record) throws IOException, InterruptedException {
    HttpRequest r = HttpRequest.newBuilder(primary.resolve("/api/suppliers/" + HttpTargets.encode(id)))
        .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(record)).build();
    HttpResponse<String> answer = client.send(r, HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() / 100 != 2) {
      throw new IllegalStateException("PUT " + r.uri() + " answered " + answer.statusCode() + ": " + answer.body());
    }
    return json.readTree(answer.body()).path("generation").asLong();
  }

  /** When {@code replica} first answered from {@code generation} (System.nanoTime), or -1 if it never did. */
  private long awaitGeneration(URI replica, String id, long generation) throws IOException, InterruptedException {
    URI uri = replica.resolve("/api/suppliers/" + HttpTargets.encode(id) + "?minGeneration=" + generation);
    long giveUp = System.nanoTime() + GIVE_UP_NANOS;
    while (System.nanoTime() < giveUp) {
      // the replica holds the request until it serves the generation (up to its own bound, then 503)
      int status = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status == 200) {
        return System.nanoTime();
      }
      if (status != 503) {
        throw new IllegalStateException("GET " + uri + " answered " + status);
      }
    }
    return -1;
  }

  private static Histogram histogram() {
    return new Histogram(HIGHEST_MICROS, 3);
  }

  private static long micros(long nanos) {
    return Math.min(Math.max(nanos / 1_000, 1), HIGHEST_MICROS);
  }

  private static void latencies(ObjectNode o, Histogram h) {
    o.put("count", h.getTotalCount()).put("p50", h.getValueAtPercentile(50) / 1000.0)
        .put("p99", h.getValueAtPercentile(99) / 1000.0).put("max", h.getMaxValue() / 1000.0);
  }
}
