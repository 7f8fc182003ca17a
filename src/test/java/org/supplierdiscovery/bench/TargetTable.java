package org.supplierdiscovery.bench;

import static org.supplierdiscovery.bench.ResultsReport.ms;
import static org.supplierdiscovery.bench.ResultsReport.num;
import static org.supplierdiscovery.bench.ResultsReport.x;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;

/** The targets, each with the figure measured in this run and whether it was met. */
final class TargetTable {
  /** Shapes with a longer latency budget: long needs and needs with a typo. */
  private static final List<String> HEAVY_SHAPES = List.of("long", "typo");
  private final RunResults r;
  private final StringBuilder md;

  TargetTable(RunResults r, StringBuilder md) {
    this.r = r;
    this.md = md;
  }

  void write() {
    boolean million = r.size() >= 1_000_000;
    md.append("### Targets\n\n| target | measured | verdict |\n|---|---|---|\n");
    JsonNode eight = r.http.path("8");
    double peakRatio = num(eight.path("peak").path("engine"), "throughput")
        / num(eight.path("peak").path("opensearch"), "throughput");
    row("HTTP, 8 connections: throughput ≥ 3× OpenSearch's", x(peakRatio), atLeast(peakRatio, 3));
    double p99Ratio = num(eight.path("fixed").path("engine"), "p99")
        / num(eight.path("fixed").path("opensearch"), "p99");
    row("HTTP, 8 connections: p99 ≤ ⅓ of OpenSearch's (same offered rate)", x(p99Ratio), atMost(p99Ratio, 1 / 3.0));
    double light = million ? 7 : 3;
    double heavy = million ? 15 : 7;
    for (BenchQuery.Shape s : BenchQuery.Shape.values()) {
      double limit = HEAVY_SHAPES.contains(s.label()) ? heavy : light;
      double p50 = RunResults.percentileMs(r.search("fullPath", s.label()), "50.0");
      row("In process p50, " + s.label() + " ≤ " + ms(limit) + " ms", ms(p50) + " ms", atMost(p50, limit));
    }
    if (million) {
      double p99 = maxInProcessP99(List.of("short", "long", "filtered", "browse", "typo"));
      row("In process p99 < 50 ms for every shape", ms(p99) + " ms (worst shape)", atMost(p99, 50));
    }
    double worst = 0;
    StringBuilder ratios = new StringBuilder();
    for (BenchQuery.Shape s : BenchQuery.Shape.values()) {
      double ratio = RunResults.percentileMs(r.search("fullPath", s.label()), "50.0")
          / RunResults.percentileMs(r.search("luceneFloorBitsets", s.label()), "50.0");
      worst = Double.isNaN(ratio) ? worst : Math.max(worst, ratio);
      ratios.append(ratios.isEmpty() ? "" : ", ").append(s.label()).append(' ').append(x(ratio));
    }
    row("In process: full path p50 within 2× of the BM25-with-bitset-facets floor (every shape)",
        ratios.toString(), atMost(worst == 0 ? Double.NaN : worst, 2));
    double ours = r.number("index_docs") / r.number("index_seconds");
    double indexRatio = ours / r.openSearchLoad.path("docsPerSecond").asDouble(Double.NaN);
    row("Indexing ≥ 1.5× OpenSearch's bulk rate", x(indexRatio), atLeast(indexRatio, 1.5));
    String at1m = million ? "" : " (target is for 1M; shown for scale)";
    row("Start-up on an existing index < 2 s" + at1m, ms(r.number("startup_ms")) + " ms",
        atMost(r.number("startup_ms"), 2000));
    md.append('\n');
  }

  private double maxInProcessP99(List<String> shapes) {
    double max = Double.NaN;
    for (String s : shapes) {
      double v = RunResults.percentileMs(r.search("fullPath", s), "99.0");
      max = Double.isNaN(max) ? v : Math.max(max, v);
    }
    return max;
  }

  static String atLeast(double value, double target) {
    if (Double.isNaN(value)) {
      return "not measured";
    }
    return value >= target
        ? "**met**"
        : String.format(Locale.ROOT, "**missed** (%.0f%% short)", 100 * (1 - value / target));
  }

  static String atMost(double value, double target) {
    if (Double.isNaN(value)) {
      return "not measured";
    }
    return value <= target
        ? "**met**"
        : String.format(Locale.ROOT, "**missed** (%.0f%% over)", 100 * (value / target - 1));
  }

  private void row(String... cells) {
    md.append("| ").append(String.join(" | ", cells)).append(" |\n");
  }
}
