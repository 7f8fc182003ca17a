package org.supplierdiscovery.semantic;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
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

  private final List<String> texts;
  private final SentenceEmbedder embedder;

  public SupplierVectors(SemanticSettings settings, SentenceEmbedder embedder) {
    this.texts = settings.supplierText();
    this.embedder = embedder;
  }

  public void addTo(Document doc, Supplier s) {
    doc.add(new KnnFloatVectorField(VECTOR, embedder.embedPassage(text(s)), VectorSimilarityFunction.DOT_PRODUCT));
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
