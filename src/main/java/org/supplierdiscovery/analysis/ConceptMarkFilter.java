package org.supplierdiscovery.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Marks each name of a concept in the text with the concept's term, at the position of the name's
 * first word and with the offsets of the whole name, so that one term query finds the concept however
 * it was named and the Matches API reports the name as written. Each word starts at most one name, its
 * longest, as a need is read ({@code "cyber essentials"} names the standard, not cyber security); a
 * word inside a name may start another ({@code "high blood pressure"} names hypertension, and its
 * {@code "blood pressure"} the measurement). A mark adds no position, so field lengths and every other
 * term's positions stay as they were.
 */
final class ConceptMarkFilter extends TokenFilter {
  static final String TYPE = "concept";

  private record Token(State state, String term, int start, int end) {}

  /** A concept's term and the end of the name it marks. */
  private record Mark(String term, int end, int length) {}

  private final ConceptDictionary dictionary;
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final ArrayDeque<Token> ahead = new ArrayDeque<>();
  private final ArrayDeque<Mark> pending = new ArrayDeque<>();
  private final StringBuilder name = new StringBuilder();
  private Token marked;
  private boolean exhausted;

  ConceptMarkFilter(TokenStream input, ConceptDictionary dictionary) {
    super(input);
    this.dictionary = dictionary;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      Mark mark = pending.poll();
      restoreState(marked.state());
      termAtt.setEmpty().append(mark.term());
      posIncAtt.setPositionIncrement(0);
      posLenAtt.setPositionLength(mark.length());
      offsetAtt.setOffset(marked.start(), mark.end());
      typeAtt.setType(TYPE);
      return true;
    }
    if (ahead.isEmpty() && !exhausted) {
      if (!input.incrementToken()) {
        exhausted = true;
        return false;
      }
      String term = termAtt.toString();
      // most words start no name: they pass as they are, without being held back
      if (!dictionary.startsName(term)) {
        return true;
      }
      ahead.add(new Token(captureState(), term, offsetAtt.startOffset(), offsetAtt.endOffset()));
    }
    while (!exhausted && ahead.size() < dictionary.longest()) {
      if (input.incrementToken()) {
        ahead.add(new Token(captureState(), termAtt.toString(), offsetAtt.startOffset(), offsetAtt.endOffset()));
      } else {
        exhausted = true;
      }
    }
    Token word = ahead.peekFirst();
    if (word == null) {
      return false;
    }
    markLongestName();
    marked = word;
    ahead.pollFirst();
    restoreState(word.state());
    return true;
  }

  /** Queues the marks of the longest name starting at the next word, if any. */
  private void markLongestName() {
    name.setLength(0);
    int length = 0;
    Iterator<Token> words = ahead.iterator();
    while (words.hasNext()) {
      Token w = words.next();
      if (length > 0) {
        name.append(' ');
      }
      name.append(w.term());
      length++;
      if (!dictionary.startsName(name.toString())) {
        break;
      }
      List<String> concepts = dictionary.marks(name.toString());
      if (!concepts.isEmpty()) {
        pending.clear();
        for (String c : concepts) {
          pending.add(new Mark(c, w.end(), length));
        }
      }
    }
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    ahead.clear();
    pending.clear();
    marked = null;
    exhausted = false;
  }
}
