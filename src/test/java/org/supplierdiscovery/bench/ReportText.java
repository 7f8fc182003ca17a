package org.supplierdiscovery.bench;

import static org.supplierdiscovery.bench.ResultsReport.mb;
import static org.supplierdiscovery.bench.ResultsReport.ms;
import static org.supplierdiscovery.bench.ResultsReport.n0;
import static org.supplierdiscovery.bench.ResultsReport.num;

import java.util.List;
import java.util.Locale;

/** The fixed text of {@code bench/RESULTS.md}, its replaceable sections, and the growth table. */
final class ReportText {
  static final String HEADER = """
      # Benchmark results

      Written by `bench/run --size N` (see `bench/README.md`); each size has its own section, replaced when that
      size is run again. Absolute times drift with the machine and whatever else runs on it; the figures that
      count are the ratios, measured side by side in the same run.

      """;

  private ReportText() {}

  /** Replaces the text between {@code <!-- key -->} and {@code <!-- /key -->}, or appends it. */
  static String replaceSection(String doc, String key, String body) {
    String open = "<!-- " + key + " -->\n";
    String close = "<!-- /" + key + " -->\n";
    String section = open + body + close;
    int from = doc.indexOf(open);
    int to = doc.indexOf(close);
    if (from >= 0 && to > from) {
      return doc.substring(0, from) + section + doc.substring(to + close.length());
    }
    return doc + (doc.endsWith("\n\n") ? "" : "\n") + section;
  }

  /** How cost grows with the catalogue, from every size with results in the work folder. */
  static String growth(List<RunResults> runs) {
    StringBuilder md = new StringBuilder("## Growth with the catalogue\n\n");
    md.append(
        "| suppliers | index MB | start-up ms | RSS MB | heap live MB | full p50 / p99 ms: short | long | filtered | browse | typo | HTTP 8 conn. p99 ms |\n");
    md.append("|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    for (RunResults r : runs) {
      md.append("| ").append(String.format(Locale.ROOT, "%,d", r.size()))
          .append(" | ").append(mb(r.number("engine_index_bytes")))
          .append(" | ").append(n0(r.number("startup_ms")))
          .append(" | ").append(mb(r.number("engine_rss_kb") * 1024))
          .append(" | ").append(mb(r.number("engine_heap_live_kb") * 1024));
      for (BenchQuery.Shape s : BenchQuery.Shape.values()) {
        var full = r.search("fullPath", s.label());
        md.append(" | ").append(ms(RunResults.percentileMs(full, "50.0"))).append(" / ")
            .append(ms(RunResults.percentileMs(full, "99.0")));
      }
      md.append(" | ").append(ms(num(r.http.path("8").path("fixed").path("engine"), "p99"))).append(" |\n");
    }
    md.append("\nRows come from the runs whose results were still in `bench/work` when the report was written.\n\n");
    return md.toString();
  }
}
