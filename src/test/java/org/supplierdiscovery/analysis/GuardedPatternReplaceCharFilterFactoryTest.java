package org.supplierdiscovery.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class GuardedPatternReplaceCharFilterFactoryTest {
  private static final String PATTERN = "&(?<=\\b\\p{L}&)(?=\\p{L}\\b)";

  private static Analyzer analyzer(String charFilter, Map<String, String> params) throws IOException {
    return CustomAnalyzer.builder()
        .addCharFilter(charFilter, new HashMap<>(params))
        .withTokenizer("standard")
        .build();
  }

  /** Each token as term[start,end). */
  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "[" + offsets.startOffset() + "," + offsets.endOffset() + ")");
      }
      ts.end();
      out.add("end@" + offsets.endOffset());
    }
    return out;
  }

  @Test
  void aTextWithTheStringIsReplacedAsPatternReplaceDoesWithTheSameOffsets() throws IOException {
    Analyzer guarded = analyzer("guardedPatternReplace",
        Map.of("pattern", PATTERN, "replacement", "and", "contains", "&"));
    Analyzer plain = analyzer("patternReplace", Map.of("pattern", PATTERN, "replacement", "and"));

    assertEquals(List.of("We[0,2)", "do[3,5)", "RandD[6,9)", "and[10,13)", "AT[14,16)", "T[17,18)", "end@18"),
        tokens(guarded, "We do R&D and AT&T"));
    for (String text : List.of("We do R&D and AT&T", "x&y&z, M&S", "no ampersand here", "a&&b 1&2", "", "&")) {
      assertEquals(tokens(plain, text), tokens(guarded, text), text);
    }
  }

  @Test
  void aTextWithoutTheStringPassesAsItIs() throws IOException {
    Analyzer guarded = analyzer("guardedPatternReplace", Map.of("pattern", "o", "replacement", "0", "contains", "oo"));

    assertEquals(List.of("one[0,3)", "to[4,6)", "end@6"), tokens(guarded, "one to"));
    assertEquals(List.of("m00n[0,4)", "end@4"), tokens(guarded, "moon"));
  }

  @Test
  void theStringItLooksForIsRequired() {
    assertThrows(IllegalArgumentException.class,
        () -> analyzer("guardedPatternReplace", Map.of("pattern", PATTERN, "replacement", "and")));
  }
}
