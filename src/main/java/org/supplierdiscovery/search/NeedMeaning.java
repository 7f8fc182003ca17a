package org.supplierdiscovery.search;

import java.util.List;
import org.apache.lucene.search.Query;

/**
 * What a need means beyond its words: its sentence vector, the concepts read from it ({@link
 * Concept#meaning()}), and the clause of the ranked query that adds the suppliers nearest it (already
 * rewritten, so the nearest are found once per search; null when none are asked for).
 */
final class NeedMeaning {
  static final NeedMeaning NONE = new NeedMeaning(new float[0], List.of(), null);

  private final float[] vector;
  private final List<Concept> concepts;
  private final Query nearest;

  NeedMeaning(float[] vector, List<Concept> concepts, Query nearest) {
    this.vector = vector;
    this.concepts = List.copyOf(concepts);
    this.nearest = nearest;
  }

  /** The need's unit vector; not to be changed. */
  float[] vector() {
    return vector;
  }

  List<Concept> concepts() {
    return concepts;
  }

  /** The same reading without its nearest suppliers' clause. */
  NeedMeaning withoutNearest() {
    return nearest == null ? this : new NeedMeaning(vector, concepts, null);
  }

  Query nearest() {
    return nearest;
  }
}
