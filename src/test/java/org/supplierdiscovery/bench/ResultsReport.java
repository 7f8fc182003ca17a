package org.supplierdiscovery.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes one run's section of {@code bench/RESULTS.md} (replacing an earlier section for the same
 * size) and the growth table ({@link GrowthTable}).
 */
final class ResultsReport {
  private final StringBuilder md = new StringBuilder();
  private final RunResults r;

  ResultsReport(RunResults results) {
    this.r = results;
  }

  /** {@code --work bench/work/100000 --out bench/RESULTS.md} */
  public static void main(String[] args) throws IOException {
    BenchArgs a = new BenchArgs(args);
    Path work = a.path("work", "bench/work/100000");
    Path out = a.path("out", "bench/RESULTS.md");
    RunResults results = new RunResults(work);
    String doc = Files.exists(out) ? Files.readString(out) : ReportText.HEADER;
    doc = ReportText.replaceSection(doc, "size:" + results.size(), new ResultsReport(results).section());
    Path growthFile = out.resolveSibling("growth.tsv");
    GrowthTable growth = GrowthTable.read(growthFile);
    growth.add(GrowthTable.of(results));
    growth.write(growthFile);
    doc = ReportText.replaceSection(doc, "growth", growth.markdown());
    Files.writeString(out, doc, StandardCharsets.UTF_8);
    System.out.println("wrote " + out);
  }

  String section() throws IOException {
    md.append("## ").append(String.format(Locale.ROOT, "%,d", r.size())).append(" suppliers\n\n");
    md.append("Run ").append(r.prop("date")).append(" on ").append(r.prop("machine")).append(". ")
        .append(r.prop("versions")).append(". Mode: ").append(r.prop("mode"))
        .append(". Engine built from ").append(r.prop("build"))
        .append(r.prop("server_build").equals(r.prop("build"))
            ? ""
            : "; server phases (HTTP, start-up, memory, writes) rerun with `--servers-only` on "
                + r.prop("server_build"))
        .append(
            ". Servers, load generator and JMH share the same cores; ratios come from the same run, side by side.\n\n");
    new TargetTable(r, md).write();
    inProcess();
    http();
    indexing();
    meaning();
    scale();
    writes();
    md.append("Commands (from `bench/run`):\n\n```sh\n").append(commands()).append("```\n");
    return md.toString();
  }

  private void inProcess() {
    md.append("### In process (JMH, one thread): full search path vs bare Lucene floors\n\n");
    md.append("| need shape | full p50 ms | full p99 ms | full ops/s | floor p50 ms | floor p99 ms | "
        + "bitset floor p50 ms | bitset floor p99 ms | p50 full/floor | p50 full/bitset floor |\n");
    md.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    for (BenchQuery.Shape s : BenchQuery.Shape.values()) {
      JsonNode full = r.search("fullPath", s.label());
      JsonNode floor = r.search("luceneFloor", s.label());
      JsonNode bitsets = r.search("luceneFloorBitsets", s.label());
      double f50 = RunResults.percentileMs(full, "50.0");
      double l50 = RunResults.percentileMs(floor, "50.0");
      double b50 = RunResults.percentileMs(bitsets, "50.0");
      row(s.label(), ms(f50), ms(RunResults.percentileMs(full, "99.0")), n0(RunResults.opsPerSecond(full)),
          ms(l50), ms(RunResults.percentileMs(floor, "99.0")), ms(b50), ms(RunResults.percentileMs(bitsets, "99.0")),
          x(f50 / l50), x(f50 / b50));
    }
    md.append(
        "\nops/s is one thread's rate (1 / mean time per call). The floors: BM25 on the catch-all field `allWords`, "
            + "the same filters as plain filter clauses, top 10 ids and counts of every dimension's values over the "
            + "matches, from sorted-set doc values (floor) or by intersecting per-segment value bitsets with the match "
            + "set (bitset floor); no drill-sideways, concepts, highlights or spelling.\n\n");
  }

  private void http() {
    JsonNode h = r.http;
    if (h.isMissingNode()) {
      md.append("### HTTP\n\nNot run.\n\n");
      return;
    }
    md.append("### HTTP on loopback (open-loop load generator, latency from intended send time)\n\n");
    md.append(
        "| connections | our peak req/s | OpenSearch peak req/s | throughput ours/OS | fixed rate req/s | our p50 ms | our p99 ms | OS p50 ms | OS p99 ms | p99 ours/OS | errors ours/OS |\n");
    md.append("|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    h.fieldNames().forEachRemaining(c -> {
      JsonNode step = h.path(c);
      JsonNode pe = step.path("peak").path("engine");
      JsonNode po = step.path("peak").path("opensearch");
      JsonNode fe = step.path("fixed").path("engine");
      JsonNode fo = step.path("fixed").path("opensearch");
      row(c, n0(num(pe, "throughput")), n0(num(po, "throughput")), x(num(pe, "throughput") / num(po, "throughput")),
          n0(num(step.path("fixed"), "rate")), ms(num(fe, "p50")), ms(num(fe, "p99")), ms(num(fo, "p50")),
          ms(num(fo, "p99")),
          x(num(fe, "p99") / num(fo, "p99")), (long) num(pe, "errors") + (long) num(fe, "errors") + "/"
              + (fo.isMissingNode() ? "—" : (long) num(po, "errors") + (long) num(fo, "errors")));
    });
    md.append("\nPeak: closed-loop, as fast as each system answers. Fixed rate: ").append(r.prop("fixed_fraction"))
        .append(" of the slower system's peak at that connection count, the same rate for both, ")
        .append(r.prop("http_duration")).append(" s per phase after ")
        .append(r.prop("http_warmup"))
        .append(" s warm-up. The query mix is all of `bench/queries.tsv` in file order.\n\n");
    md.append("p99 ms by need shape at the fixed rate (ours / OpenSearch):\n\n| connections |");
    for (BenchQuery.Shape s : BenchQuery.Shape.values()) {
      md.append(' ').append(s.label()).append(" |");
    }
    md.append("\n|--:|").append("--:|".repeat(BenchQuery.Shape.values().length)).append('\n');
    h.fieldNames().forEachRemaining(c -> {
      md.append("| ").append(c).append(" |");
      for (BenchQuery.Shape s : BenchQuery.Shape.values()) {
        double ours = num(h.path(c).path("fixed").path("engine").path("byShape").path(s.label()), "p99");
        double os = num(h.path(c).path("fixed").path("opensearch").path("byShape").path(s.label()), "p99");
        md.append(' ').append(ms(ours)).append(" / ").append(ms(os)).append(" |");
      }
      md.append('\n');
    });
    md.append('\n');
  }

  private void indexing() {
    md.append("### Indexing\n\n| measure | docs/s |\n|---|--:|\n");
    row("JMH: load " + r.prop("indexing_sample_docs") + " suppliers into an empty index (validate, index, commit)",
        n0(r.jmhIndexingRate()));
    double ours = r.number("index_docs") / r.number("index_seconds");
    row("ours: `supplier-discovery index` of the whole catalogue (" + r.prop("index_docs") + " in "
        + r.prop("index_seconds") + " s, JVM start included)", n0(ours));
    double os = r.openSearchLoad.path("docsPerSecond").asDouble(Double.NaN);
    row("OpenSearch: `_bulk` of the whole catalogue, 2 connections × 1000 docs, refresh off, then refresh + flush",
        n0(os));
    row("**ratio ours / OpenSearch** (whole catalogue)", x(ours / os));
    md.append('\n');
  }

  private void meaning() {
    JsonNode m = r.meaning;
    md.append("### What matching by meaning costs\n\n");
    if (m.isMissingNode()) {
      md.append("Not run (meaning off in `index-config/semantic.json`, or `--servers-only`).\n\n");
      return;
    }
    JsonNode e = m.path("embedding");
    md.append("Meaning is on in every phase above (model ").append(e.path("model").asText())
        .append(", in process). Measured by `MeaningCost` on one thread, after the JMH phases.\n\n");
    md.append("| measure | p50 ms | p99 ms |\n|---|--:|--:|\n");
    row("embedding a need, straight through the model (" + e.path("needs").asInt()
        + " benchmark needs with words, each once)", ms(num(e, "p50")), ms(num(e, "p99")));
    md.append("\nSearch on this index, p50 / p99 ms, one thread: words only (meaning off), meaning on the first "
        + "time a need is asked (its vector embedded, if the need is read by meaning at all), and asked again (its "
        + "vector kept). The benchmark's needs are generated from the catalogue's own words, so the concept "
        + "dictionary reads most of them wholly and they are not embedded; each judged need in buyers' own words "
        + "(`eval/needs.jsonl`, style buyers, with its filters) is.\n\n");
    md.append(
        "| needs | words only | meaning, first time | meaning, again | p50 first / words only | p50 again / words only |\n");
    md.append("|---|--:|--:|--:|--:|--:|\n");
    m.path("search").fieldNames().forEachRemaining(set -> {
      JsonNode needs = m.path("search").path(set);
      JsonNode words = needs.path("wordsOnly");
      JsonNode first = needs.path("meaningFirst");
      JsonNode again = needs.path("meaningAgain");
      String label = set.equals(MeaningCost.BUYERS) ? "judged, buyers' own words" : set;
      row(label + " (" + needs.path("needs").asInt() + ")", pair(words), pair(first), pair(again),
          x(num(first, "p50") / num(words, "p50")), x(num(again, "p50") / num(words, "p50")));
    });
    JsonNode words = m.path("indexing").path("wordsOnly");
    JsonNode meaning = m.path("indexing").path("meaning");
    md.append("\nIndexing ").append(n0(num(meaning, "suppliers")))
        .append(" suppliers of the indexing sample into memory, ms per supplier:\n\n")
        .append("| measure | words only | with meaning | ratio |\n|---|--:|--:|--:|\n");
    row("first load", ms(num(words, "firstLoadMsPerSupplier")), ms(num(meaning, "firstLoadMsPerSupplier")),
        x(num(meaning, "firstLoadMsPerSupplier") / num(words, "firstLoadMsPerSupplier")));
    row("the same records again (`--replace`: unchanged texts keep their vectors)",
        ms(num(words, "reloadMsPerSupplier")), ms(num(meaning, "reloadMsPerSupplier")),
        x(num(meaning, "reloadMsPerSupplier") / num(words, "reloadMsPerSupplier")));
    row("index size, MB", mb(num(words, "indexBytes")), mb(num(meaning, "indexBytes")),
        x(num(meaning, "indexBytes") / num(words, "indexBytes")));
    JsonNode mem = m.path("memory");
    md.append("\nResident memory of the measuring process: ").append(n0(num(mem, "rssBeforeModelMb")))
        .append(" MB before the model is loaded, ").append(n0(num(mem, "rssWithModelMb")))
        .append(" MB after (most of it ONNX Runtime, outside the Java heap).\n\n");
  }

  private static String pair(JsonNode latencies) {
    return ms(num(latencies, "p50")) + " / " + ms(num(latencies, "p99"));
  }

  private void scale() {
    md.append("### Size, memory and start-up\n\n| measure | ours | OpenSearch |\n|---|--:|--:|\n");
    row("index on disk, MB", mb(r.number("engine_index_bytes")), mb(r.number("os_index_bytes")));
    row("heap used after full GC, MB (max heap " + r.prop("heap") + ")", mb(r.number("engine_heap_live_kb") * 1024),
        mb(r.number("os_heap_live_kb") * 1024));
    row("resident memory (VmRSS) after the HTTP runs, MB", mb(r.number("engine_rss_kb") * 1024),
        mb(r.number("os_rss_kb") * 1024));
    row("peak resident memory (VmHWM), MB", mb(r.number("engine_hwm_kb") * 1024), mb(r.number("os_hwm_kb") * 1024));
    row("start-up on the existing index until /health answers, ms (median of " + r.prop("startup_runs") + ": "
        + r.prop("startup_all_ms") + ")", n0(r.number("startup_ms")), n0(r.number("os_startup_ms")));
    md.append('\n');
  }

  private void writes() {
    JsonNode w = r.writes;
    md.append("### Writes\n\n");
    if (w.isMissingNode()) {
      md.append("Not run.\n\n");
      return;
    }
    md.append("Path used: **")
        .append(w.path("mode").asText().equals("http")
            ? "HTTP `PUT /api/suppliers/{id}` with a bearer token"
            : "in-process `CatalogueWriter.write(...)` (the admin API was not there)")
        .append(
            "**. Each writer sends a changed supplier, waits for the acknowledgement, then searches for the change until it shows.\n\n");
    md.append(
        "| writers | acknowledged writes/s | ack p50 ms | ack p99 ms | PUT-to-visible p50 ms | PUT-to-visible p99 ms | errors |\n|--:|--:|--:|--:|--:|--:|--:|\n");
    w.fieldNames().forEachRemaining(k -> {
      if (!k.equals("mode")) {
        JsonNode o = w.path(k);
        row(k, n1(num(o, "writesPerSecond")), ms(num(o, "ackP50")), ms(num(o, "ackP99")), ms(num(o, "visibleP50")),
            ms(num(o, "visibleP99")), String.valueOf(o.path("errors").asLong()));
      }
    });
    md.append('\n');
  }

  private String commands() throws IOException {
    Path file = r.dir.resolve("commands.txt");
    return Files.exists(file) ? Files.readString(file) : "";
  }

  private void row(String... cells) {
    md.append("| ").append(String.join(" | ", cells)).append(" |\n");
  }

  static double num(JsonNode o, String field) {
    return o.path(field).isNumber() ? o.path(field).asDouble() : Double.NaN;
  }

  static String ms(double v) {
    return Double.isNaN(v)
        ? "—"
        : v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
  }

  static String n0(double v) {
    return Double.isNaN(v) || Double.isInfinite(v) ? "—" : String.format(Locale.ROOT, "%,.0f", v);
  }

  static String n1(double v) {
    return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%,.1f", v);
  }

  static String x(double v) {
    return Double.isNaN(v) || Double.isInfinite(v) ? "—" : String.format(Locale.ROOT, "%.2f×", v);
  }

  static String mb(double bytes) {
    return Double.isNaN(bytes) ? "—" : String.format(Locale.ROOT, "%,.0f", bytes / 1e6);
  }
}
