package org.supplierdiscovery.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.supplierdiscovery.TestCatalogue;

class EnglishWordsTest {
  @Test
  void knowsAWordInAnyCaseAndNothingElse() {
    EnglishWords words = EnglishWords.of(List.of("Atrial", "audiology", "audiology", " ", "Bogotá"));
    assertEquals(3, words.size());
    assertTrue(words.contains("atrial"));
    assertTrue(words.contains("AUDIOLOGY"));
    assertTrue(words.contains("bogotá"));
    assertFalse(words.contains("audiolog"));
    assertFalse(words.contains("fraility"));
  }

  @Test
  void theShippedListKnowsMedicalWordsButNotTheJudgedTypos() {
    EnglishWords words = TestCatalogue.config().englishWords();
    for (String real : List.of("atrial", "phlebotomy", "audiology", "bound", "joiners")) {
      assertTrue(words.contains(real), real);
    }
    for (String typo : List.of("fraility", "telehelth", "monitring", "securty")) {
      assertFalse(words.contains(typo), typo);
    }
  }
}
