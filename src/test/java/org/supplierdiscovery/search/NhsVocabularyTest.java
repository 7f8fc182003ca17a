package org.supplierdiscovery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.Term;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.supplierdiscovery.TestCatalogue;
import org.supplierdiscovery.index.IndexFields;

/**
 * Every line of the NHS vocabulary helps: each buyer's form (an acronym, a lay phrase, "A&E") finds
 * the very suppliers the records' own wording finds, on the sample catalogue.
 */
class NhsVocabularyTest {
  static final Path VOCABULARY = TestCatalogue.CONFIG.resolve("nhs-vocabulary.txt");
  static TestCatalogue sample;

  @BeforeAll
  static void load() {
    sample = TestCatalogue.load(TestCatalogue.SAMPLE);
  }

  @AfterAll
  static void close() throws Exception {
    sample.close();
  }

  static List<List<String>> lines() throws IOException {
    return Files.readAllLines(VOCABULARY, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> Arrays.stream(l.split(",")).map(String::strip).toList())
        .toList();
  }

  /** What a buyer types for an entry: "aande" is how "A&E" reaches the vocabulary. */
  static String typed(String entry) {
    return entry.equals("aande") ? "A&E" : entry;
  }

  private static List<String> ids(SearchResponse r) {
    return r.hits().stream().map(Hit::id).toList();
  }

  @Test
  void everyBuyersFormFindsTheSuppliersTheRecordsWordingFinds() throws IOException {
    List<String> differing = new ArrayList<>();
    int checked = 0;
    for (List<String> line : lines()) {
      SearchResponse wording = sample.search.search(SearchRequest.of(line.get(0)));
      assertTrue(wording.total() > 0, line.get(0) + " finds no supplier, so its line cannot be shown to help");
      for (String entry : line.subList(1, line.size())) {
        SearchResponse buyer = sample.search.search(SearchRequest.of(typed(entry)));
        checked++;
        if (buyer.total() != wording.total() || !ids(buyer).equals(ids(wording))) {
          differing.add(typed(entry) + ": " + buyer.total() + " " + ids(buyer) + " vs " + line.get(0) + ": "
              + wording.total() + " " + ids(wording));
        }
      }
    }
    assertEquals(List.of(), differing);
    assertTrue(checked >= 60, "buyer's forms checked: " + checked);
  }

  @Test
  void aAndEIsOneWordNotTheLetterE() {
    SearchResponse r = sample.search.search(SearchRequest.of("A&E"));
    assertEquals(1, r.concepts().size());
    assertEquals("A&E", r.searched());
    assertEquals(ids(sample.search.search(SearchRequest.of("emergency department"))), ids(r));
  }

  @Test
  void acronymsWithoutTheVocabularyWouldFindNothingInTheirOwnLetters() throws IOException {
    for (String acronym : List.of("physio", "lims", "gdpr", "dna", "xray", "uec", "ooh", "doac")) {
      long own = sample.index.withSearcher(v -> (long) v.getIndexReader().docFreq(
          new Term(IndexFields.SPELLING, acronym)));
      SearchResponse r = sample.search.search(SearchRequest.of(acronym));
      assertTrue(r.total() > own, acronym + ": " + r.total() + " suppliers, " + own + " use the letters");
    }
  }
}
