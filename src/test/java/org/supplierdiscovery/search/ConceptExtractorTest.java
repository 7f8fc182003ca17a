package org.supplierdiscovery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.supplierdiscovery.analysis.ConceptDictionary;
import org.supplierdiscovery.TestCatalogue;

class ConceptExtractorTest {
  private final ConceptExtractor extractor = new ConceptExtractor(TestCatalogue.config(),
      new ConceptDictionary(TestCatalogue.config()));
  private final NeedParser parser = new NeedParser(3);

  private List<String> read(String need) {
    return extractor.extract(parser.parse(need)).stream()
        .map(c -> c.label() + "/" + c.kindLabel() + (c.context() ? "/context" : "") + (c.required() ? "/required" : ""))
        .toList();
  }

  @Test
  void recognisesTaxonomyValuesByTheirLongestName() {
    assertEquals(
        List.of("Remote monitoring/capability", "Wearables/technologyArea", "Frailty/pathway", "pathway/word/context"),
        read("remote monitoring wearables frailty pathway"));
  }

  @Test
  void acronymsAndLayPhrasesNameTheirConcept() {
    assertEquals(List.of("Remote monitoring/capability", "COPD/pathway"), read("RPM for COPD"));
    assertEquals(List.of("Virtual ward platform/capability"), read("hospital at home"));
    assertEquals(List.of("Telecare/capability"), read("pendant alarm"));
    assertEquals(List.of("Paediatrics/pathway"), read("pediatric"));
  }

  @Test
  void fillerAndStopWordsAreDropped() {
    assertEquals(
        List.of("Population health management/capability"),
        read("we are looking for a supplier of PHM for our ICS"));
  }

  @Test
  void aMultiWordSynonymIsOneIdeaNotSeveralWords() {
    assertEquals(
        List.of("Hypertension/pathway", "case finding/phrase", "primary care/phrase"),
        read("hypertension case finding in primary care"));
    assertEquals(List.of("general practice/phrase", "Business analytics/capability"),
        read("general practice dashboards"));
  }

  @Test
  void aValueNamedSeveralWaysIsOneConcept() {
    List<Concept> concepts = extractor.extract(parser.parse("command centre for bed management and patient flow"));
    assertEquals(1, concepts.size());
    assertEquals("Command centre and capacity planning", concepts.get(0).label());
    assertEquals("command centre", concepts.get(0).text());
    assertEquals(List.of("Remote monitoring/capability/required"), read("RPM +telemonitoring"));
  }

  @Test
  void requiredWordsStayRequired() {
    assertEquals(List.of("Telehealth/capability/required", "Diabetes/pathway"), read("+telehealth diabetes"));
  }

  @Test
  void aNeedOfOnlyFillerStillSearchesItsWords() {
    assertEquals(List.of("need/word/context", "a/word/context"), read("need a"));
  }
}
