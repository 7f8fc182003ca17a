package org.supplierdiscovery.bench;

import static org.supplierdiscovery.bench.ResultsReport.ms;
import static org.supplierdiscovery.bench.ResultsReport.num;
import static org.supplierdiscovery.bench.ResultsReport.x;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;

/** The targets, each with the figure measured in this run and whether it was met. */
final class TargetTable {
  private static final List<String> TEXT_SHAPES = List.of("short", "long", "filtered", "typo");
  private final RunResults r;
  private final StringBuilder md;

  TargetTable(RunResults r, StringBuilder md) {
    this.r = r;
    this.md = md;
  }

  void write() {
    boolean million = r.size() >= 1_000_000;
    String at1m = million ? "" : " (target is for 1M; shown for scale)";
    md.append("### Targets\n\n| target | measured | verdict |\n|---|---|---|\n");
    JsonNode eight = r.http.path("8");
    double peakRatio = num(eight.path("peak").path("engine"), "throughput")
        / num(eight.path("peak").path("opensearch"), "throughput");
    row("HTTP, 8 connections: throughput ≥ 2× OpenSearch's", x(peakRatio), atLeast(peakRatio, 2));
    double p99 = num(eight.path("fixed").path("engine"), "p99");
    double p99Ratio = p99 / num(eight.path("fixed").path("opensearch"), "p99");
    row("HTTP, 8 connections: p99 ≤ ½ OpenSearch's (same offered rate)", x(p99Ratio), atMost(p99Ratio, 0.5));
    row("HTTP, 8 connections: p99 < 10 ms", ms(p99) + " ms", atMost(p99, 10));
    double worst = 0;
    StringBuilder ratios = new StringBuilder();
    for (BenchQuery.Shape s : BenchQuery.Shape.values()) {
      double ratio = RunResults.percentileMs(r.search("fullPath", s.label()), "50.0")
          / RunResults.percentileMs(r.search("luceneFloor", s.label()), "50.0");
      worst = Double.isNaN(ratio) ? worst : Math.max(worst, ratio);
      ratios.append(ratios.isEmpty() ? "" : ", ").append(s.label()).append(' ').append(x(ratio));
    }
    row("In process: full path p50 within 1.5× of the Lucene floor (every shape)", ratios.toString(),
        atMost(worst == 0 ? Double.NaN : worst, 1.5));
    double textP99 = maxInProcessP99(TEXT_SHAPES);
    double httpTextP99 = maxHttpP99(TEXT_SHAPES);
    row("p99 < 30 ms for needs with facets" + at1m,
        "in process " + ms(textP99) + " ms (worst text shape); HTTP 8 conn. " + ms(httpTextP99) + " ms",
        atMost(Math.max(textP99, nanToZero(httpTextP99)), 30));
    double browse = maxInProcessP99(List.of("browse"));
    double httpBrowse = maxHttpP99(List.of("browse"));
    row("empty-text facet browsing < 50 ms (p99)" + at1m,
        "in process " + ms(browse) + " ms; HTTP 8 conn. " + ms(httpBrowse) + " ms",
        atMost(Math.max(browse, nanToZero(httpBrowse)), 50));
    double ours = r.number("index_docs") / r.number("index_seconds");
    double indexRatio = ours / r.openSearchLoad.path("docsPerSecond").asDouble(Double.NaN);
    row("Indexing ≥ 3× OpenSearch's bulk rate", x(indexRatio), atLeast(indexRatio, 3));
    row("Start-up on an existing index < 3 s" + at1m, ms(r.number("startup_ms")) + " ms",
        atMost(r.number("startup_ms"), 3000));
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

  private double maxHttpP99(List<String> shapes) {
    double max = Double.NaN;
    for (String s : shapes) {
      double v = num(r.http.path("8").path("fixed").path("engine").path("byShape").path(s), "p99");
      max = Double.isNaN(max) ? v : Math.max(max, v);
    }
    return max;
  }

  private static double nanToZero(double v) {
    return Double.isNaN(v) ? 0 : v;
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
