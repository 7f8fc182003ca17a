package org.supplierdiscovery.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supplierdiscovery.TestCatalogue;
import org.supplierdiscovery.catalogue.SupplierJson;
import org.supplierdiscovery.semantic.SentenceEmbedder;
import org.supplierdiscovery.semantic.SupplierVectors;

/**
 * On an index written by the catalogue writer: a committed view gives back a supplier's vector only for
 * the very text it was made of, and only from the supplier's live document, so a load reuses a vector
 * exactly when embedding again would give the same one.
 */
class StoredVectorsTest {
  private static final String RECORD = """
      {"id":"falls","name":"Steady Homes","summary":"%s","technologyAreas":["Internet of Things (IoT)"],"listings":[{"framework":"Spark DPS","status":"active","since":"2024-03-01"}]}
      """;
  private static final String SUMMARY = "Falls prevention and detection for older people living alone.";
  private static final String TEXT = "Steady Homes. " + SUMMARY;

  @TempDir
  Path dir;

  TestCatalogue catalogue;

  @BeforeEach
  void load() {
    catalogue = TestCatalogue.of(dir, RECORD.formatted(SUMMARY));
  }

  @AfterEach
  void close() throws Exception {
    catalogue.close();
  }

  private float[] stored(String id, String text) throws Exception {
    return catalogue.index.withSearcher(
        view -> new StoredVectors(view.getIndexReader()).vector(id, SupplierVectors.fingerprint(text)));
  }

  @Test
  void theVectorOfAnUnchangedTextIsTheOneEmbeddingItGives() throws Exception {
    assertArrayEquals(new SentenceEmbedder().embedPassage(TEXT), stored("falls", TEXT));
  }

  @Test
  void anotherTextOrAnotherSupplierHasNone() throws Exception {
    assertNull(stored("falls", "Steady Homes. Payroll for finance teams."));
    assertNull(stored("payroll", TEXT));
  }

  @Test
  void aChangedSupplierKeepsOnlyItsNewTextsVector() throws Exception {
    String changed = "Sensors that tell carers when someone has had a fall at home.";
    catalogue.writer.write(
        List.of(new Change.Upsert(new SupplierJson().fromJsonString(RECORD.formatted(changed).strip()))), "t");
    assertNull(stored("falls", TEXT));
    assertArrayEquals(new SentenceEmbedder().embedPassage("Steady Homes. " + changed),
        stored("falls", "Steady Homes. " + changed));
  }
  @Test
  void aWriteKeepsTheVectorOfAnUnchangedTextAndEmbedsAChangedOne() throws Exception {
    SupplierVectors.Counts before = catalogue.writer.vectorCounts();
    // a new listing date: not part of the text the vector is made of
    catalogue.writer.write(List.of(new Change.Upsert(new SupplierJson()
        .fromJsonString(RECORD.formatted(SUMMARY).replace("2024-03-01", "2024-04-01").strip()))), "t");
    SupplierVectors.Counts kept = catalogue.writer.vectorCounts();
    assertEquals(new SupplierVectors.Counts(before.embedded(), before.kept() + 1), kept);
    assertArrayEquals(new SentenceEmbedder().embedPassage(TEXT), stored("falls", TEXT));

    String changed = "Sensors that tell carers when someone has had a fall at home.";
    catalogue.writer.write(
        List.of(new Change.Upsert(new SupplierJson().fromJsonString(RECORD.formatted(changed).strip()))), "t");
    assertEquals(new SupplierVectors.Counts(kept.embedded() + 1, kept.kept()), catalogue.writer.vectorCounts());
  }
}
