package org.supplierdiscovery.bench;

import static org.supplierdiscovery.bench.ResultsReport.ms;
import static org.supplierdiscovery.bench.ResultsReport.n0;
import static org.supplierdiscovery.bench.ResultsReport.num;
import static org.supplierdiscovery.bench.ResultsReport.x;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Writes the replica section of {@code bench/RESULTS.md} for one size (replacing an earlier one). */
final class ReplicaReport {
  private final StringBuilder md = new StringBuilder();
  private final RunResults r;
  private final JsonNode results;

  ReplicaReport(RunResults run, JsonNode results) {
    this.r = run;
    this.results = results;
  }

  /** {@code --work bench/work/replicas-10000 --out bench/RESULTS.md} */
  public static void main(String[] args) throws IOException {
    BenchArgs a = new BenchArgs(args);
    Path work = a.path("work", "bench/work/replicas-10000");
    Path out = a.path("out", "bench/RESULTS.md");
    RunResults run = new RunResults(work);
    JsonNode results = JsonMapper.builder().build().readTree(work.resolve("replicas.json").toFile());
    String doc = Files.exists(out) ? Files.readString(out) : ReportText.HEADER;
    doc = ReportText.replaceSection(doc, "replicas:" + run.size(), new ReplicaReport(run, results).section());
    Files.writeString(out, doc, StandardCharsets.UTF_8);
    System.out.println("wrote " + out);
  }

  String section() throws IOException {
    md.append("## Read replicas, ").append(String.format(Locale.ROOT, "%,d", r.size())).append(" suppliers\n\n");
    md.append("Run ").append(r.prop("date")).append(" on ").append(r.prop("machine")).append(". ")
        .append(r.prop("versions")).append(". Engine built from ").append(r.prop("build")).append(". ")
        .append("A primary and two replicas (`serve --replica-of`, polling every ").append(r.prop("poll_interval"))
        .append("), each its own JVM (max heap ").append(r.prop("heap"))
        .append("), HAProxy and the load generator all on this one machine: **the replicas compete with each other, "
            + "the primary, HAProxy and the load generator for the same 2 cores**, so one against two replicas here "
            + "shows the cost of a second replica and of the balancer, not how reads scale when each replica has "
            + "a machine of its own.\n\n");
    lag();
    reads();
    md.append("Commands (from `bench/run --replicas`):\n\n```sh\n").append(commands()).append("```\n");
    return md.toString();
  }

  private void lag() {
    JsonNode lag = results.path("lag");
    md.append("### Replication lag\n\n");
    md.append(lag.path("writes").asLong()).append(" writes one at a time (`PUT /api/suppliers/{id}` on the primary, "
        + "each after a random pause within the poll interval); lag is from the primary's acknowledgement (its "
        + "commit done) until the replica answers the same supplier with `minGeneration` set to the write's "
        + "generation. Errors (no answer from that generation within 30 s): ").append(lag.path("errors").asLong())
        .append(".\n\n");
    md.append("| measured | count | p50 ms | p99 ms | max ms |\n|---|--:|--:|--:|--:|\n");
    row(lag.path("ack"), "write acknowledged by the primary (PUT to commit)");
    row(lag.path("replica1"), "commit to visible on replica 1");
    row(lag.path("replica2"), "commit to visible on replica 2");
    row(lag.path("all"), "commit to visible, both replicas");
    md.append('\n');
  }

  private void row(JsonNode h, String label) {
    md.append("| ").append(label).append(" | ").append(h.path("count").asLong()).append(" | ")
        .append(ms(num(h, "p50"))).append(" | ").append(ms(num(h, "p99"))).append(" | ")
        .append(ms(num(h, "max"))).append(" |\n");
  }

  private void reads() {
    JsonNode h = results.path("reads");
    md.append("### Reads through HAProxy (`deploy/haproxy.cfg` as shipped), one replica and two\n\n");
    md.append("| connections | peak req/s, 1 replica | peak req/s, 2 replicas | 2 / 1 | fixed rate req/s | "
        + "p50 ms, 1 | p99 ms, 1 | p50 ms, 2 | p99 ms, 2 | errors 1/2 |\n");
    md.append("|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    h.fieldNames().forEachRemaining(c -> {
      JsonNode step = h.path(c);
      JsonNode p1 = step.path("peak").path("one");
      JsonNode p2 = step.path("peak").path("two");
      JsonNode f1 = step.path("fixed").path("one");
      JsonNode f2 = step.path("fixed").path("two");
      md.append("| ").append(String.join(" | ", c, n0(num(p1, "throughput")), n0(num(p2, "throughput")),
          x(num(p2, "throughput") / num(p1, "throughput")), n0(num(step.path("fixed"), "rate")),
          ms(num(f1, "p50")), ms(num(f1, "p99")), ms(num(f2, "p50")), ms(num(f2, "p99")),
          ((long) num(p1, "errors") + (long) num(f1, "errors")) + "/"
              + ((long) num(p2, "errors") + (long) num(f2, "errors"))))
          .append(" |\n");
    });
    md.append("\nThe searches of `bench/queries.tsv` in file order, `GET /api/search` through the balancer. Peak: "
        + "closed loop. Fixed rate: ").append(r.prop("fixed_fraction")).append(" of the slower set-up's peak, "
            + "the same for both, open loop with latency from the intended send time. ")
        .append(r.prop("http_duration")).append(" s per phase after ").append(r.prop("http_warmup"))
        .append(" s warm-up; the two set-ups alternate within each step. One replica: HAProxy with both replica "
            + "lines naming the same server; the primary is the configuration's backup and answers no read "
            + "while a replica is up.\n\n");
  }

  private String commands() throws IOException {
    Path file = r.dir.resolve("commands.txt");
    return Files.exists(file) ? Files.readString(file) : "";
  }
}
