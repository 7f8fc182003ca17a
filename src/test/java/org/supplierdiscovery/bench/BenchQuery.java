package org.supplierdiscovery.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.search.SearchRequest;
import org.supplierdiscovery.search.SortOrder;

/** One need of the benchmark query set: its shape, its text (maybe empty) and its filters. */
record BenchQuery(Shape shape, String text, Map<Dimension, List<String>> filters) {

  /** The shapes latency is reported for. */
  enum Shape {
    SHORT, LONG, FILTERED, BROWSE, TYPO;

    String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Shape of(String label) {
      return valueOf(label.toUpperCase(java.util.Locale.ROOT));
    }
  }

  BenchQuery {
    Objects.requireNonNull(shape, "shape");
    text = text == null ? "" : text;
    EnumMap<Dimension, List<String>> copy = new EnumMap<>(Dimension.class);
    filters.forEach((d, v) -> copy.put(d, List.copyOf(v)));
    filters = Collections.unmodifiableMap(copy);
  }

  /** The engine's request for this need: first page of ten, by relevance. */
  SearchRequest request() {
    return new SearchRequest(text, filters, SortOrder.RELEVANCE, 1, 10);
  }

  /** One TSV line: shape, text, then filters as {@code dim=value;dim=value}. */
  String toLine() {
    List<String> parts = new ArrayList<>();
    filters.forEach((d, values) -> values.forEach(v -> parts.add(d.param() + "=" + v)));
    return shape.label() + "\t" + text + "\t" + String.join(";", parts);
  }

  static BenchQuery parse(String line) {
    String[] cols = line.split("\t", -1);
    if (cols.length != 3) {
      throw new IllegalArgumentException("expected shape<TAB>text<TAB>filters: " + line);
    }
    EnumMap<Dimension, List<String>> filters = new EnumMap<>(Dimension.class);
    for (String f : cols[2].isBlank() ? new String[0] : cols[2].split(";")) {
      int eq = f.indexOf('=');
      Dimension d = Dimension.fromParam(f.substring(0, Math.max(eq, 0)))
          .orElseThrow(() -> new IllegalArgumentException("unknown filter '" + f + "' in: " + line));
      filters.computeIfAbsent(d, k -> new ArrayList<>()).add(f.substring(eq + 1));
    }
    return new BenchQuery(Shape.of(cols[0]), cols[1], filters);
  }
}
