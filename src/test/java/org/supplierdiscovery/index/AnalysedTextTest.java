package org.supplierdiscovery.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.supplierdiscovery.TestCatalogue;
import org.supplierdiscovery.analysis.ConceptAnalyzer;
import org.supplierdiscovery.analysis.ConceptDictionary;
import org.supplierdiscovery.config.IndexConfig;

class AnalysedTextTest {
  private static final IndexConfig CONFIG = TestCatalogue.config();
  private final Analyzer analyzer = new ConceptAnalyzer(CONFIG.indexAnalyzer(), new ConceptDictionary(CONFIG),
      Set.of("summary"));

  /** Each token as term+increment[start,end), then the final offset and increment. */
  private static List<String> played(TokenStream ts) throws IOException {
    List<String> out = new ArrayList<>();
    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
    PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
    OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
    ts.reset();
    while (ts.incrementToken()) {
      out.add(term + "+" + inc.getPositionIncrement() + "[" + offsets.startOffset() + "," + offsets.endOffset() + ")");
    }
    ts.end();
    out.add("end+" + inc.getPositionIncrement() + "@" + offsets.endOffset());
    return out;
  }

  private List<String> analysed(String field, String text) throws IOException {
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      return played(ts);
    }
  }

  @Test
  void aTextPlaysBackEveryTokenItsAnalyzerGaveMarksIncluded() throws IOException {
    String text = "We offer remote patient monitoring for COPD ";
    List<String> expected = analysed("summary", text);

    List<String> replayed = played(AnalysedText.of(analyzer, "summary", text).tokens());

    assertEquals(expected, replayed);
    assertEquals("§capability/Remote monitoring+0[9,34)", replayed.get(3));
  }

  @Test
  void theWordsOfSeveralTextsAreTheirJoinedTextsTermsWithoutMarks() throws IOException {
    AnalysedText summary = AnalysedText.of(analyzer, "summary", "Remote patient monitoring");
    AnalysedText labels = AnalysedText.of(analyzer, "labels", "R&D. Wearables");

    List<String> words = played(AnalysedText.words(List.of(summary, labels)));

    assertEquals(
        List.of("remot+1[0,6)", "patient+1[7,14)", "monitor+1[15,25)",
            "randd+1[26,29)", "wearabl+1[31,40)", "end+0@40"),
        words);
  }

  @Test
  void aReplayCanBePlayedAgain() throws IOException {
    TokenStream tokens = AnalysedText.of(analyzer, "summary", "secure messaging").tokens();

    assertEquals(played(tokens), played(tokens));
  }
}
