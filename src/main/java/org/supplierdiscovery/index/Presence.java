package org.supplierdiscovery.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;

/**
 * Which suppliers exist while a group is applied: the last commit, overlaid with the group's own
 * earlier changes, so each change's outcome is decided where it is applied.
 */
final class Presence {
  private final CatalogueSearcher committed;
  private final Map<String, Boolean> changed = new HashMap<>();

  Presence(CatalogueSearcher committed) {
    this.committed = committed;
  }

  boolean exists(String id) throws IOException {
    Boolean known = changed.get(id);
    return known != null ? known : committed.count(new TermQuery(new Term(IndexFields.ID, id))) > 0;
  }

  void set(String id, boolean exists) {
    changed.put(id, exists);
  }
}
