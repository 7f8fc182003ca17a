package org.supplierdiscovery.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts snippets from a text with the need's words marked: the sentences with the most marked words,
 * in text order, HTML-escaped, each marked word wrapped in {@code <mark>}.
 */
final class Snippets {
  private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]*\\s*");
  private static final int MAX_SNIPPET = 240;

  private Snippets() {}

  /** Up to {@code max} marked passages, or none when no word is marked. */
  static List<String> cut(AnalyzedText text, Predicate<String> marked, int max) {
    List<AnalyzedText.Token> hits = text.tokens().stream().filter(t -> marked.test(t.term())).toList();
    if (hits.isEmpty()) {
      return List.of();
    }
    record Sentence(int start, int end, long marks) {}
    List<Sentence> sentences = new ArrayList<>();
    Matcher m = SENTENCE.matcher(text.text());
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      sentences.add(new Sentence(s, e, hits.stream().filter(h -> h.start() >= s && h.end() <= e).count()));
    }
    List<Sentence> best = sentences.stream()
        .filter(s -> s.marks() > 0)
        .sorted(Comparator.comparingLong(Sentence::marks).reversed().thenComparingInt(Sentence::start))
        .limit(max)
        .sorted(Comparator.comparingInt(Sentence::start))
        .toList();
    List<String> out = new ArrayList<>();
    for (Sentence s : best) {
      out.add(mark(text.text(), hits, s.start(), Math.min(s.end(), s.start() + MAX_SNIPPET)).strip());
    }
    return out;
  }

  private static String mark(String text, List<AnalyzedText.Token> hits, int start, int end) {
    StringBuilder out = new StringBuilder();
    int at = start;
    for (AnalyzedText.Token h : hits) {
      if (h.start() < at || h.end() > end) {
        continue;
      }
      escape(text, at, h.start(), out);
      out.append("<mark>");
      escape(text, h.start(), h.end(), out);
      out.append("</mark>");
      at = h.end();
    }
    escape(text, at, end, out);
    if (end < text.length() && end - start >= MAX_SNIPPET) {
      out.append(" …");
    }
    return out.toString();
  }

  static void escape(String text, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }
}
