package org.supplierdiscovery.semantic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.supplierdiscovery.catalogue.Product;
import org.supplierdiscovery.catalogue.Supplier;
import org.supplierdiscovery.config.SemanticSettings;

/**
 * A supplier's meaning as the index holds it: one sentence vector of a short text (its name and summary
 * by default) in an HNSW field. One short text per supplier keeps indexing cheap; the need's concepts
 * read by meaning find the rest of a record through its indexed concept terms.
 */
public final class SupplierVectors {
  /** The supplier's vector (HNSW, dot product of unit vectors, i.e. cosine). */
  public static final String VECTOR = "meaning";

  /** Stored beside the vector: a digest of the model and the text it was made of ({@link #fingerprint}). */
  public static final String FINGERPRINT = "meaning_text";

  /** Vectors already made, by supplier id and the fingerprint of their text. */
  @FunctionalInterface
  public interface Known {
    Known NONE = (id, fingerprint) -> null;

    /** The supplier's vector made of the text with {@code fingerprint}, or null if there is none. */
    float[] vector(String id, byte[] fingerprint);
  }

  /** How many vectors were embedded and how many were kept from a committed view, since start-up. */
  public record Counts(long embedded, long kept) {
    public static final Counts NONE = new Counts(0, 0);
  }

  private final List<String> texts;
  private final SentenceEmbedder embedder;
  private final LongAdder embedded = new LongAdder();
  private final LongAdder kept = new LongAdder();

  public SupplierVectors(SemanticSettings settings, SentenceEmbedder embedder) {
    this.texts = settings.supplierText();
    this.embedder = embedder;
  }

  /**
   * Adds the supplier's vector and its text's fingerprint; the vector {@code known} holds for that very
   * text is reused, so only a supplier whose text changed is embedded again.
   */
  public void addTo(Document doc, Supplier s, Known known) {
    String text = text(s);
    byte[] fingerprint = fingerprint(text);
    float[] vector = known.vector(s.id(), fingerprint);
    if (vector == null || vector.length != SentenceEmbedder.DIMENSION) {
      vector = embedder.embedPassage(text);
      embedded.increment();
    } else {
      kept.increment();
    }
    doc.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
    doc.add(new StoredField(FINGERPRINT, fingerprint));
  }

  public Counts counts() {
    return new Counts(embedded.sum(), kept.sum());
  }

  /**
   * The vector that document {@code doc} of {@code leaf} holds, or null if it has none. The array may be
   * the reader's own buffer: read it at once, copy it to keep it.
   */
  public static float[] stored(LeafReader leaf, int doc) throws IOException {
    FloatVectorValues vectors = leaf.getFloatVectorValues(VECTOR);
    if (vectors == null) {
      return null;
    }
    KnnVectorValues.DocIndexIterator it = vectors.iterator();
    return it.advance(doc) == doc ? vectors.vectorValue(it.index()) : null;
  }

  /** A digest of the model and the text a vector is made of: the same for the same vector. */
  public static byte[] fingerprint(String text) {
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest((SentenceEmbedder.MODEL + "\npassage: " + text).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** The text the supplier's vector is made of, as configured. */
  public String text(Supplier s) {
    return text(texts, s);
  }

  /** The text of a supplier that {@code texts} name, as its vector is made of it. */
  public static String text(List<String> texts, Supplier s) {
    List<String> parts = new ArrayList<>();
    for (String part : texts) {
      switch (part) {
        case "name" -> parts.add(s.name());
        case "summary" -> parts.add(s.summary());
        case "products" -> s.products().stream().map(Product::name).forEach(parts::add);
        case "description" -> {
          if (s.description() != null) {
            parts.add(s.description());
          }
        }
        default -> throw new IllegalStateException("unchecked supplier text " + part);
      }
    }
    return String.join(". ", parts);
  }
}
