package org.supplierdiscovery.bench;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A primary and two read replicas already running: replication lag over a series of writes, then read
 * throughput through HAProxy ({@code deploy/haproxy.cfg}) in front of one replica and in front of two,
 * side by side ({@link HttpBenchmark}: peak, then both at the same fixed rate, alternating).
 */
final class ReplicaBenchmark {
  private ReplicaBenchmark() {}

  /**
   * {@code --primary URL --replicas URL,URL --token T --data CATALOGUE --writes N --poll-interval-ms MS
   * --haproxy PATH --haproxy-config deploy/haproxy.cfg --queries FILE --connections 8,32 --warmup S
   * --duration S --fraction F --log FILE --out FILE}
   */
  public static void main(String[] args) throws Exception {
    BenchArgs a = new BenchArgs(args);
    URI primary = URI.create(a.required("primary"));
    List<URI> replicas = Arrays.stream(a.required("replicas").split(",")).map(URI::create).toList();
    if (replicas.size() != 2) {
      throw new IllegalArgumentException("--replicas needs two addresses, got " + replicas);
    }
    HttpClient client = LoadGenerator.newClient();
    ObjectNode out = JsonMapper.builder().build().createObjectNode();
    List<String> records = WriteBenchmark.firstLines(a.path("data", "bench/work/suppliers.jsonl"), 5_000);
    out.set("lag", new ReplicationLag(client, primary, replicas, a.required("token"))
        .run(records, (int) a.longValue("writes", 50), Duration.ofMillis(a.longValue("poll-interval-ms", 1000)), 42));
    out.set("reads", reads(a, client, primary, replicas));
    Files.writeString(a.path("out", "bench/work/replicas.json"), out.toPrettyString());
  }

  private static ObjectNode reads(BenchArgs a, HttpClient client, URI primary, List<URI> replicas) throws Exception {
    Path haproxy = a.path("haproxy", "/usr/sbin/haproxy");
    Path config = a.path("haproxy-config", "deploy/haproxy.cfg");
    Path log = a.path("log", "bench/work/haproxy.log");
    List<BenchQuery> needs = QuerySet.read(a.path("queries", QuerySet.DEFAULT.toString()));
    try (BalancerProcess one = BalancerProcess.start(haproxy, config, primary, replicas.get(0), replicas.get(0), log);
        BalancerProcess two = BalancerProcess.start(haproxy, config, primary, replicas.get(0), replicas.get(1), log)) {
      Map<String, List<LoadGenerator.Call>> systems = new LinkedHashMap<>();
      systems.put("one", HttpTargets.engine(one.base, needs));
      systems.put("two", HttpTargets.engine(two.base, needs));
      HttpBenchmark.checkAnswers(client, systems);
      return new HttpBenchmark(new LoadGenerator(client), systems, Duration.ofSeconds(a.longValue("warmup", 5)),
          Duration.ofSeconds(a.longValue("duration", 15))).run(a.ints("connections", "8,32"),
              a.doubleValue("fraction", 0.6));
    }
  }
}
