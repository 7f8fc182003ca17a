package org.supplierdiscovery.bench;

import static org.supplierdiscovery.bench.ResultsReport.num;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * How cost grows with the catalogue, kept in {@code bench/growth.tsv} (one row per size, replaced when
 * that size is run again, with the last commit that changed the engine it measured: its sources,
 * configuration and launcher) so that sizes run on different days
 * stay side by side, and projected to 10,000,000 suppliers by a power law through the two largest
 * sizes measured on the newest commit.
 */
final class GrowthTable {
  static final long PROJECTED = 10_000_000L;
  static final List<String> COLUMNS = columns();

  /** One size's figures, in {@link #COLUMNS} order; a projection is not a measurement. */
  record Row(long size, String commit, List<Double> values, boolean projected) {
    Row {
      values = List.copyOf(values);
    }

    Row(long size, String commit, List<Double> values) {
      this(size, commit, values, false);
    }

    double value(int column) {
      return values.get(column);
    }
  }

  private final TreeMap<Long, Row> rows = new TreeMap<>();

  private static List<String> columns() {
    List<String> c = new ArrayList<>(List.of("indexMB", "startupMs", "rssMB", "heapLiveMB"));
    for (BenchQuery.Shape s : BenchQuery.Shape.values()) {
      c.add(s.label() + "P50Ms");
      c.add(s.label() + "P99Ms");
    }
    c.add("http8P99Ms");
    return List.copyOf(c);
  }

  static GrowthTable read(Path file) throws IOException {
    GrowthTable t = new GrowthTable();
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("size\t")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
          values.add(i + 2 < cells.length && !cells[i + 2].isEmpty() ? Double.parseDouble(cells[i + 2]) : Double.NaN);
        }
        t.add(new Row(Long.parseLong(cells[0]), cells[1], values));
      }
    }
    return t;
  }

  void add(Row row) {
    rows.put(row.size(), row);
  }

  /** The figures of one run, as a row. */
  static Row of(RunResults r) {
    List<Double> v = new ArrayList<>(List.of(
        r.number("engine_index_bytes") / 1e6, r.number("startup_ms"),
        r.number("engine_rss_kb") * 1024 / 1e6, r.number("engine_heap_live_kb") * 1024 / 1e6));
    for (BenchQuery.Shape s : BenchQuery.Shape.values()) {
      var full = r.search("fullPath", s.label());
      v.add(RunResults.percentileMs(full, "50.0"));
      v.add(RunResults.percentileMs(full, "99.0"));
    }
    v.add(num(r.http.path("8").path("fixed").path("engine"), "p99"));
    return new Row(r.size(), r.prop("engine_commit").isBlank() ? "unknown" : r.prop("engine_commit"), v);
  }

  void write(Path file) throws IOException {
    StringBuilder tsv = new StringBuilder("size\tcommit\t").append(String.join("\t", COLUMNS)).append('\n');
    for (Row r : rows.values()) {
      tsv.append(r.size()).append('\t').append(r.commit());
      for (double v : r.values()) {
        tsv.append('\t').append(Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.2f", v));
      }
      tsv.append('\n');
    }
    Files.writeString(file, tsv, StandardCharsets.UTF_8);
  }

  /**
   * The projection to {@link #PROJECTED} suppliers from the two largest sizes measured on the newest
   * row's commit: {@code y = y2 (N / s2)^b} with {@code b = ln(y2 / y1) / ln(s2 / s1)}; null when that
   * commit has fewer than two sizes.
   */
  Row projection() {
    if (rows.isEmpty()) {
      return null;
    }
    String commit = rows.lastEntry().getValue().commit();
    List<Row> same = rows.values().stream().filter(r -> r.commit().equals(commit)).toList();
    if (same.size() < 2) {
      return null;
    }
    Row a = same.get(same.size() - 2);
    Row b = same.get(same.size() - 1);
    List<Double> out = new ArrayList<>();
    for (int i = 0; i < COLUMNS.size(); i++) {
      double y1 = a.value(i);
      double y2 = b.value(i);
      double exponent = Math.log(y2 / y1) / Math.log((double) b.size() / a.size());
      out.add(y2 * Math.pow((double) PROJECTED / b.size(), exponent));
    }
    return new Row(PROJECTED, "projected from " + String.format(Locale.ROOT, "%,d", a.size()) + " and "
        + String.format(Locale.ROOT, "%,d", b.size()) + " at " + commit, out, true);
  }

  String markdown() {
    StringBuilder md = new StringBuilder("## Growth with the catalogue\n\n");
    md.append(
        "| suppliers | commit | index MB | start-up ms | RSS MB | heap live MB | full p50 / p99 ms: short | long | "
            + "filtered | browse | typo | HTTP 8 conn. p99 ms |\n");
    md.append("|--:|:--|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    List<Row> shown = new ArrayList<>(rows.values());
    Row projected = projection();
    if (projected != null) {
      shown.add(projected);
    }
    for (Row r : shown) {
      String star = r.projected() ? "*" : "";
      md.append("| ").append(star).append(String.format(Locale.ROOT, "%,d", r.size())).append(star)
          .append(" | ").append(r.commit());
      for (int i = 0; i < 4; i++) {
        md.append(" | ").append(ResultsReport.n0(r.value(i)));
      }
      int last = COLUMNS.size() - 1;
      for (int i = 4; i < last; i += 2) {
        md.append(" | ").append(ResultsReport.ms(r.value(i))).append(" / ").append(ResultsReport.ms(r.value(i + 1)));
      }
      md.append(" | ").append(ResultsReport.ms(r.value(last))).append(" |\n");
    }
    md.append(
        "\nOne row per size, from `bench/growth.tsv`, replaced when that size is run again; each row names the last"
            + " commit that changed the engine it measured (`src/main`, `pom.xml`, `index-config`, `bin`), so rows of"
            + " different commits are not comparable. ")
        .append(projected == null
            ? "A projection to 10,000,000 suppliers needs two sizes measured on the newest row's engine.\n\n"
            : "The row in italics is a projection, not a measurement: a power law through the two largest sizes of the"
                + " newest commit, for each column on its own.\n\n");
    return md.toString();
  }
}
