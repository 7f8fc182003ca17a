package org.supplierdiscovery.bench;

/** The fixed text of {@code bench/RESULTS.md} and its replaceable sections. */
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
}
