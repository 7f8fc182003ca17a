package org.supplierdiscovery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.Term;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.supplierdiscovery.TestCatalogue;
import org.supplierdiscovery.index.IndexFields;

/**
 * Spelling correction on the sample catalogue: a real word, an acronym or a word in capitals is
 * searched as typed even when no supplier uses it; only a word no one knows is corrected, and the
 * answer says so and can be asked for as typed.
 */
class NeverCorrectedTest {
  static final Path REAL_WORDS = Path.of("src/test/resources/spelling/real-words.txt");
  static TestCatalogue sample;

  @BeforeAll
  static void load() {
    sample = TestCatalogue.load(TestCatalogue.SAMPLE);
  }

  @AfterAll
  static void close() throws Exception {
    sample.close();
  }

  static List<String> realWords() throws IOException {
    return Files.readAllLines(REAL_WORDS, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .toList();
  }

  @Test
  void theListHoldsAtLeast200WordsNoSampleSupplierUses() throws IOException {
    List<String> words = realWords();
    assertTrue(words.size() >= 200, "only " + words.size() + " words");
    List<String> inCatalogue = sample.index.withSearcher(view -> {
      List<String> found = new ArrayList<>();
      for (String w : words) {
        String lower = w.toLowerCase(Locale.ROOT);
        if (view.getIndexReader().docFreq(new Term(IndexFields.SPELLING, lower)) > 0) {
          found.add(w);
        }
      }
      return found;
    });
    assertEquals(List.of(), inCatalogue, "words the catalogue has prove nothing here");
  }

  @Test
  void everyRealWordIsSearchedAsTyped() throws IOException {
    List<String> rewritten = new ArrayList<>();
    for (String word : realWords()) {
      SearchResponse r = sample.search.search(SearchRequest.of(word));
      if (!r.searched().equals(word) || r.didYouMean() != null) {
        rewritten.add(word + " -> " + r.searched() + " / " + r.didYouMean());
      }
    }
    assertEquals(List.of(), rewritten);
  }

  @ParameterizedTest
  @CsvSource({
      "atrial fibrillation monitoring, atrial fibrillation monitoring",
      "LIMS for pathology, LIMS for pathology",
      "GDPR training, GDPR training",
      "reduce DNAs, reduce DNAs",
      "DSCR, DSCR",
  })
  void theIssuesRewrittenNeedsAreNowSearchedAsTyped(String need, String searched) {
    SearchResponse r = sample.search.search(SearchRequest.of(need));
    assertEquals(searched, r.searched());
    assertNull(r.didYouMean());
  }

  @ParameterizedTest
  @CsvSource({
      "fraility, frailty",
      "telehelth, telehealth",
      "remote monitring, remote monitoring",
      "cyber securty, cyber security",
  })
  void aWordNoOneKnowsIsCorrectedAndTheAnswerSaysSo(String typed, String corrected) {
    SearchResponse r = sample.search.search(SearchRequest.of(typed));
    assertEquals(typed, r.query());
    assertEquals(corrected, r.searched());
    assertEquals(corrected, r.didYouMean());
    assertTrue(r.total() > 0);
  }

  @Test
  void asTypedSearchesTheWordsAndStillOffersTheCorrection() {
    SearchResponse r = sample.search.search(SearchRequest.of("fraility").typedAsIs());
    assertEquals("fraility", r.query());
    assertEquals("fraility", r.searched());
    assertEquals("frailty", r.didYouMean());
  }

  @Test
  void twoCapitalsOrMoreMakeAnAcronym() {
    assertTrue(SpellingSuggester.acronym("LIMS"));
    assertTrue(SpellingSuggester.acronym("DNAs"));
    assertTrue(SpellingSuggester.acronym("eGFR"));
    assertFalse(SpellingSuggester.acronym("Fraility"));
    assertFalse(SpellingSuggester.acronym("x"));
  }
}
