package org.supplierdiscovery.semantic;

import dev.langchain4j.model.embedding.EmbeddingModel;
import org.apache.lucene.util.VectorUtil;

/**
 * Turns a text into a unit-length sentence vector with e5-small-v2 (quantised), run in process on ONNX
 * Runtime from the model inside its jar: nothing is downloaded. The model was trained to tell a need
 * ("query: ") from a text that may answer it ("passage: "), so each is embedded with its prefix. Safe to
 * call from many threads; the model is loaded once per process however many of these exist.
 */
public final class SentenceEmbedder {
  public static final int DIMENSION = 384;

  /** Names the model in the index layout: vectors of another model are rewritten. */
  public static final String MODEL = "e5-small-v2-q";

  // runs each call on the caller's thread: document building and searches bring their own threads
  private final EmbeddingModel model = new E5SmallV2Model();

  /** A buyer's need. */
  public float[] embedQuery(String text) {
    return embed("query: " + text);
  }

  /** A text that may answer a need: a supplier's, or a concept's name. */
  public float[] embedPassage(String text) {
    return embed("passage: " + text);
  }

  private float[] embed(String text) {
    // a fresh array each call, made unit length in place (a zero vector stays as it is)
    return VectorUtil.l2normalize(model.embed(text).content().vector(), false);
  }

  /** Cosine similarity of two unit vectors. */
  public static float similarity(float[] a, float[] b) {
    return VectorUtil.dotProduct(a, b);
  }
}
