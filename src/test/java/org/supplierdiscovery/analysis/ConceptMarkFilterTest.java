package org.supplierdiscovery.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.supplierdiscovery.TestCatalogue;
import org.supplierdiscovery.config.IndexConfig;

class ConceptMarkFilterTest {
  private static final IndexConfig CONFIG = TestCatalogue.config();
  private static final ConceptDictionary DICTIONARY = new ConceptDictionary(CONFIG);
  private final ConceptAnalyzer analyzer = new ConceptAnalyzer(CONFIG.indexAnalyzer(), DICTIONARY, Set.of("summary"));

  /** Each token as term@position[start,end). */
  private List<String> tokens(String field, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += inc.getPositionIncrement();
        out.add(term + "@" + position + "[" + offsets.startOffset() + "," + offsets.endOffset() + ")");
      }
      ts.end();
    }
    return out;
  }

  @Test
  void aNameIsMarkedAtItsFirstWordWithTheOffsetsOfTheWholeName() throws IOException {
    assertEquals(
        List.of("we@0[0,2)", "offer@1[3,8)",
            "remot@2[9,15)", "§capability/Remote monitoring@2[9,34)", "patient@3[16,23)", "monitor@4[24,34)",
            "for@5[35,38)", "copd@6[39,43)", "§pathway/COPD@6[39,43)"),
        tokens("summary", "We offer remote patient monitoring for COPD"));
  }

  @Test
  void eachWordStartsOnlyItsLongestNameButAWordInsideANameMayStartAnother() throws IOException {
    List<String> cyber = tokens("summary", "Cyber Essentials certified");
    assertEquals(List.of("cyber@0[0,5)", "§standard/Cyber Essentials@0[0,16)", "essenti@1[6,16)", "certifi@2[17,26)"),
        cyber);
    List<String> pressure = tokens("summary", "high blood pressure");
    assertEquals("§pathway/Hypertension@0[0,19)", pressure.get(1));
    assertEquals("§synonyms/blood pressure@1[5,19)", pressure.get(3));
  }

  @Test
  void onlyTheMarkedFieldsAreMarkedAndTheOtherTermsAreUnchanged() throws IOException {
    List<String> plain = tokens("labels", "Remote monitoring");
    assertEquals(List.of("remot@0[0,6)", "monitor@1[7,17)"), plain);
    List<String> marked = tokens("summary", "Remote monitoring");
    assertEquals(List.of("remot@0[0,6)", "§capability/Remote monitoring@0[0,17)", "monitor@1[7,17)"), marked);
  }

  @Test
  void theFingerprintChangesWithTheSynonyms() {
    IndexConfig fewer = new IndexConfig(CONFIG.taxonomy(), CONFIG.indexAnalyzer(), CONFIG.queryAnalyzer(),
        CONFIG.spellingAnalyzer(), CONFIG.synonymGroups().subList(1, CONFIG.synonymGroups().size()),
        CONFIG.ranking(), CONFIG.facets(), CONFIG.englishWords(), CONFIG.procurement(), CONFIG.semantic());
    assertEquals(DICTIONARY.fingerprint(), new ConceptDictionary(CONFIG).fingerprint());
    assertNotEquals(DICTIONARY.fingerprint(), new ConceptDictionary(fewer).fingerprint());
  }
}
