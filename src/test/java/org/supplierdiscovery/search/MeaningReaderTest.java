package org.supplierdiscovery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.supplierdiscovery.TestCatalogue;
import org.supplierdiscovery.analysis.ConceptDictionary;

/** How much a need leans on its meaning: the share of its words the concept dictionary did not read. */
class MeaningReaderTest {
  private static final ConceptExtractor CONCEPTS = new ConceptExtractor(TestCatalogue.config(),
      new ConceptDictionary(TestCatalogue.config()));
  private static final NeedParser PARSER = new NeedParser(3);

  private static float unread(String need) {
    return MeaningReader.unread(CONCEPTS.extract(PARSER.parse(need)));
  }

  @Test
  void aNeedInTheCataloguesOwnWordsIsReadWholly() {
    assertEquals(0f, unread("remote monitoring wearables frailty"));
  }

  @Test
  void aNeedInABuyersOwnWordsIsNotReadAtAll() {
    assertEquals(1f, unread("stop grandma tumbling"));
  }

  @Test
  void contextWordsCountNeitherWay() {
    // "video consultation" is a concept, "grandma" a plain word; "trust" is context
    assertEquals(0.5f, unread("video consultation for grandma trust"));
  }

  @Test
  void aNeedOfContextAloneIsUnread() {
    assertEquals(1f, MeaningReader.unread(List.of(Concept.term("trust", false, true))));
  }
}
