package org.supplierdiscovery.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.matchhighlight.BreakIteratorShrinkingAdjuster;
import org.apache.lucene.search.matchhighlight.OffsetRange;
import org.apache.lucene.search.matchhighlight.PassageSelector;
import org.supplierdiscovery.catalogue.Product;
import org.supplierdiscovery.catalogue.Supplier;
import org.supplierdiscovery.index.IndexFields;

/**
 * Turns the offsets of matched terms into a hit's passages: a name or summary whole, with its matches
 * marked; from a description or the products, the best windows Lucene's passage selector picks.
 */
final class Passages {
  private static final int WINDOW = 240;
  private static final int PER_FIELD = 2;
  private final Analyzer indexAnalyzer;

  Passages(Analyzer indexAnalyzer) {
    this.indexAnalyzer = indexAnalyzer;
  }

  /** Passages of each shown field with matches, in {@link IndexFields#HIGHLIGHTED} order. */
  List<Passage> cut(Supplier s, Map<String, List<OffsetRange>> matched) {
    List<Passage> out = new ArrayList<>();
    for (String field : IndexFields.HIGHLIGHTED) {
      List<OffsetRange> marks = merged(matched.getOrDefault(field, List.of()));
      if (marks.isEmpty()) {
        continue;
      }
      switch (field) {
        case IndexFields.NAME -> out.add(whole(field, s.name(), marks));
        case IndexFields.SUMMARY -> out.add(whole(field, s.summary(), marks));
        case IndexFields.DESCRIPTION -> out.addAll(selected(field, values(s.description()), marks));
        case IndexFields.PRODUCTS ->
          out.addAll(selected(field, s.products().stream().map(Product::text).toList(), marks));
        default -> throw new IllegalStateException("no passages for " + field);
      }
    }
    return out;
  }

  private static Passage whole(String field, String text, List<OffsetRange> marks) {
    return passage(field, text, new OffsetRange(0, text.length()), marks);
  }

  private static List<String> values(String text) {
    return text == null ? List.of() : List.of(text);
  }

  /**
   * The best windows over a field's values, laid end to end as Lucene offsets them (each value after the
   * previous one's end plus the analyzer's offset gap); no window crosses from one value into the next.
   */
  private List<Passage> selected(String field, List<String> values, List<OffsetRange> marks) {
    StringBuilder text = new StringBuilder();
    List<OffsetRange> ranges = new ArrayList<>();
    String gap = " ".repeat(indexAnalyzer.getOffsetGap(field));
    for (String v : values) {
      if (!ranges.isEmpty()) {
        text.append(gap);
      }
      ranges.add(new OffsetRange(text.length(), text.length() + v.length()));
      text.append(v);
    }
    // a new selector each time: its break iterator keeps the text it last read, so sharing one across
    // searches running at once mixes their texts up
    PassageSelector selector = new PassageSelector(PassageSelector.DEFAULT_SCORER,
        new BreakIteratorShrinkingAdjuster());
    List<Passage> out = new ArrayList<>();
    for (var p : selector.pickBest(text, marks, WINDOW, PER_FIELD, ranges)) {
      Passage passage = passage(field, text.toString(), p, p.markers);
      if (!passage.marks().isEmpty()) {
        out.add(passage);
      }
    }
    return out;
  }

  /**
   * The window of {@code text} with the marks inside it, offsets made relative to the window. A
   * window cut at a sentence break starts at its first word, not at the break's full stop and space.
   */
  private static Passage passage(String field, String text, OffsetRange window, List<OffsetRange> marks) {
    int from = window.from;
    int to = window.to;
    while (from < to && !startsPassage(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    List<Passage.Mark> inside = new ArrayList<>();
    for (OffsetRange m : marks) {
      if (window.contains(m) && m.from >= from && m.to <= to) {
        inside.add(new Passage.Mark(m.from - from, m.to - from));
      }
    }
    return new Passage(field, text.substring(from, to), inside);
  }

  private static boolean startsPassage(char c) {
    return Character.isLetterOrDigit(c) || "\"'(“‘".indexOf(c) >= 0;
  }

  /** Sorted, with overlapping ranges (one word matched by two concepts) joined. */
  private static List<OffsetRange> merged(List<OffsetRange> ranges) {
    List<OffsetRange> sorted = new ArrayList<>(ranges);
    sorted.sort(Comparator.<OffsetRange>comparingInt(r -> r.from).thenComparingInt(r -> r.to));
    List<OffsetRange> out = new ArrayList<>();
    for (OffsetRange r : sorted) {
      OffsetRange last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && r.from < last.to) {
        out.set(out.size() - 1, new OffsetRange(last.from, Math.max(last.to, r.to)));
      } else {
        out.add(r);
      }
    }
    return out;
  }
}
