package org.supplierdiscovery.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.supplierdiscovery.TestCatalogue;
import org.supplierdiscovery.analysis.ConceptDictionary;
import org.supplierdiscovery.config.IndexConfig;
import org.supplierdiscovery.config.SemanticSettings;

/**
 * A need's meaning read onto the concepts of the taxonomy and synonyms, with the real model: the
 * closest concept first, each once, none below the threshold, at most the configured number.
 */
class ConceptsByMeaningTest {
  private static SentenceEmbedder embedder;
  /** How close a concept's name must be: e5's cosines run high, so a need near nothing is still about 0.79. */
  private static final float MIN = 0.8f;

  private static ConceptsByMeaning concepts;

  @BeforeAll
  static void load() {
    IndexConfig base = TestCatalogue.config();
    SemanticSettings s = base.semantic();
    IndexConfig config = new IndexConfig(base.taxonomy(), base.indexAnalyzer(), base.queryAnalyzer(),
        base.spellingAnalyzer(), base.synonymGroups(), base.ranking(), base.facets(), base.englishWords(),
        base.procurement(),
        new SemanticSettings(true, s.supplierText(), new SemanticSettings.Concepts(3, MIN, 2), s.neighbours(),
            s.needCache()));
    embedder = new SentenceEmbedder();
    concepts = new ConceptsByMeaning(config, new ConceptDictionary(config), embedder);
  }

  @Test
  void aNeedInLayWordsIsReadAsTheConceptItMeans() {
    List<ConceptsByMeaning.Reading> read = concepts.read(embedder.embedQuery("kit to keep an eye on people at home"));
    assertEquals("Remote monitoring", read.get(0).concept().value());
    assertEquals("home monitoring", read.get(0).name());
  }

  @Test
  void eachConceptOnceClosestFirstAndNoneBelowTheThreshold() {
    List<ConceptsByMeaning.Reading> read = concepts
        .read(embedder.embedQuery("check on patients at home after an operation"));
    assertTrue(read.size() <= 3, read.toString());
    assertEquals(read.size(), read.stream().map(r -> r.concept().term()).distinct().count());
    for (int i = 0; i < read.size(); i++) {
      assertTrue(read.get(i).similarity() >= MIN, read.toString());
      if (i > 0) {
        assertTrue(read.get(i - 1).similarity() >= read.get(i).similarity(), read.toString());
      }
    }
  }

  @Test
  void aNeedNearNoConceptIsReadAsNone() {
    assertEquals(List.of(), concepts.read(embedder.embedQuery("zebra crossing paint")));
  }
}
