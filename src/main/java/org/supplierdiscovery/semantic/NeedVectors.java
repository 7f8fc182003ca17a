package org.supplierdiscovery.semantic;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The sentence vectors of needs, the most recently asked kept: a need asked again, or paged through,
 * costs no second pass through the model. Callers must not change a returned vector.
 */
public final class NeedVectors {
  private final SentenceEmbedder embedder;
  private final Map<String, float[]> recent;

  public NeedVectors(SentenceEmbedder embedder, int capacity) {
    this.embedder = embedder;
    this.recent = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
        return size() > capacity;
      }
    };
  }

  public float[] of(String need) {
    String key = need.strip().toLowerCase(Locale.ROOT);
    synchronized (recent) {
      float[] known = recent.get(key);
      if (known != null) {
        return known;
      }
    }
    // embedded outside the lock: two threads may embed one need at once, never wait on each other
    float[] vector = embedder.embedQuery(key);
    synchronized (recent) {
      recent.put(key, vector);
    }
    return vector;
  }
}
