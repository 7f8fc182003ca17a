package org.supplierdiscovery.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.search.Query;

/**
 * Remembers the queries that analysing a concept's words produced. Needs repeat their concepts far
 * more than their exact text (there are a few hundred taxonomy names), and running the synonym graph
 * for every field of every need is a large share of a search's fixed cost. Lucene queries are
 * immutable, so sharing them between requests is safe.
 */
final class AnalysisCache {
  private final Map<String, Optional<Query>> cache;

  AnalysisCache(int capacity) {
    this.cache = new LinkedHashMap<>(capacity, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Optional<Query>> eldest) {
        return size() > capacity;
      }
    };
  }

  /** Analysis that may yield no query at all (only stop words, say). */
  interface Analysis {
    Query run() throws IOException;
  }

  Query get(String key, Analysis analysis) throws IOException {
    Optional<Query> q;
    synchronized (cache) {
      q = cache.get(key);
    }
    if (q == null) {
      q = Optional.ofNullable(analysis.run());
      synchronized (cache) {
        cache.put(key, q);
      }
    }
    return q.orElse(null);
  }
}
