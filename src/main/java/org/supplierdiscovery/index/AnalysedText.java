package org.supplierdiscovery.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.supplierdiscovery.analysis.ConceptDictionary;

/**
 * A text as the analyzer read it, kept so that it is indexed in two fields but analysed once: its own
 * field gets every token, concept marks included ({@link #tokens}), and the catch-all field the words
 * alone ({@link #words}), exactly as analysing the text again without marking would give them. Keeps
 * what the indexer reads of a token: its term, position increment and offsets.
 */
final class AnalysedText {
  private char[] chars = new char[256];
  private int[] termEnds = new int[32];
  private int[] positionIncrements = new int[32];
  private int[] starts = new int[32];
  private int[] ends = new int[32];
  private int size;
  private int finalOffset;
  private int finalPositionIncrement;

  private AnalysedText() {}

  /** Analyses {@code text} as the index analyzer reads {@code field}. */
  static AnalysedText of(Analyzer analyzer, String field, String text) throws IOException {
    AnalysedText out = new AnalysedText();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term, increment.getPositionIncrement(), offset.startOffset(), offset.endOffset());
      }
      ts.end();
      out.finalOffset = offset.endOffset();
      out.finalPositionIncrement = increment.getPositionIncrement();
    }
    return out;
  }

  private void add(CharTermAttribute term, int positionIncrement, int start, int end) {
    if (size == termEnds.length) {
      int grown = size * 2;
      termEnds = Arrays.copyOf(termEnds, grown);
      positionIncrements = Arrays.copyOf(positionIncrements, grown);
      starts = Arrays.copyOf(starts, grown);
      ends = Arrays.copyOf(ends, grown);
    }
    int from = size == 0 ? 0 : termEnds[size - 1];
    if (from + term.length() > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(2 * chars.length, from + term.length()));
    }
    System.arraycopy(term.buffer(), 0, chars, from, term.length());
    termEnds[size] = from + term.length();
    positionIncrements[size] = positionIncrement;
    starts[size] = start;
    ends[size] = end;
    size++;
  }

  private int termStart(int token) {
    return token == 0 ? 0 : termEnds[token - 1];
  }

  /** A concept's mark: its term starts with a character no word starts with. */
  private boolean isMark(int token) {
    int start = termStart(token);
    return termEnds[token] > start && chars[start] == ConceptDictionary.MARK.charAt(0);
  }

  /** Every token of the text, for its own field. */
  TokenStream tokens() {
    return new Replay(List.of(this), false);
  }

  /** The words of {@code texts} one text after another, without concept marks: the catch-all field. */
  static TokenStream words(List<AnalysedText> texts) {
    return new Replay(List.copyOf(texts), true);
  }

  /** Plays recorded tokens back; it may be reset and played again. */
  private static final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final List<AnalysedText> texts;
    private final boolean wordsOnly;
    /** The texts' length read as one, a separator between each two: the final offset. */
    private final int length;
    private int text;
    private int token;
    // where the current text starts when the texts are read as one, so offsets never go backwards
    private int base;

    Replay(List<AnalysedText> texts, boolean wordsOnly) {
      this.texts = texts;
      this.wordsOnly = wordsOnly;
      this.length = texts.stream().mapToInt(t -> t.finalOffset + 1).sum() - 1;
    }

    @Override
    public boolean incrementToken() {
      clearAttributes();
      while (text < texts.size()) {
        AnalysedText t = texts.get(text);
        if (token == t.size) {
          text++;
          token = 0;
          base += t.finalOffset + 1;
        } else if (wordsOnly && t.isMark(token)) {
          token++;
        } else {
          int start = t.termStart(token);
          term.copyBuffer(t.chars, start, t.termEnds[token] - start);
          increment.setPositionIncrement(t.positionIncrements[token]);
          offset.setOffset(base + t.starts[token], base + t.ends[token]);
          token++;
          return true;
        }
      }
      return false;
    }

    @Override
    public void end() throws IOException {
      super.end();
      if (!texts.isEmpty()) {
        AnalysedText last = texts.get(texts.size() - 1);
        offset.setOffset(length, length);
        increment.setPositionIncrement(last.finalPositionIncrement);
      }
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      text = 0;
      token = 0;
      base = 0;
    }
  }
}
