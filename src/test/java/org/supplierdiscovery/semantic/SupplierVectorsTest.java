package org.supplierdiscovery.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.junit.jupiter.api.Test;
import org.supplierdiscovery.TestCatalogue;
import org.supplierdiscovery.catalogue.Supplier;
import org.supplierdiscovery.catalogue.SupplierJson;

/** A supplier's vector is reused when one is known for its very text, and embedded only when none is. */
class SupplierVectorsTest {
  private static final Supplier FALLS = new SupplierJson().fromJsonString(
      """
          {"id":"falls","name":"Steady Homes","summary":"Falls prevention for older people.","technologyAreas":["Internet of Things (IoT)"],"listings":[{"framework":"Spark DPS","status":"active","since":"2024-03-01"}]}""");

  private final SupplierVectors vectors = new SupplierVectors(TestCatalogue.config().semantic(),
      new SentenceEmbedder());

  private static float[] vector(Document doc) {
    return ((KnnFloatVectorField) doc.getField(SupplierVectors.VECTOR)).vectorValue();
  }

  @Test
  void aVectorKnownForTheSameTextIsKeptAndAskedForByThatTextsFingerprint() {
    float[] known = new float[SentenceEmbedder.DIMENSION];
    known[0] = 1;
    List<String> asked = new ArrayList<>();
    Document doc = new Document();
    vectors.addTo(doc, FALLS, (id, fingerprint) -> {
      asked.add(id);
      assertArrayEquals(SupplierVectors.fingerprint("Steady Homes. Falls prevention for older people."), fingerprint);
      return known;
    });
    assertEquals(List.of("falls"), asked);
    assertArrayEquals(known, vector(doc));
  }

  @Test
  void withoutAKnownVectorTheTextIsEmbedded() {
    Document doc = new Document();
    vectors.addTo(doc, FALLS, SupplierVectors.Known.NONE);
    assertArrayEquals(new SentenceEmbedder().embedPassage("Steady Homes. Falls prevention for older people."),
        vector(doc));
  }
}
