package org.supplierdiscovery.records;

import java.time.Instant;
import java.util.List;

/**
 * A project's search frozen as it ran: the saved search and its request, the suppliers in rank order
 * with their records, the catalogue generation and the Lucene commit it ran on (pinned until {@code
 * unpinnedAt}), and when.
 */
public record FrozenSearch(
    String projectId, String searchId, String request, String summary, long total, long generation,
    long commitGeneration, Instant frozenAt, Instant unpinnedAt, List<FrozenSupplier> suppliers) {
  public FrozenSearch {
    suppliers = List.copyOf(suppliers);
  }

  public boolean pinned() {
    return unpinnedAt == null;
  }

  public List<String> ids() {
    return suppliers.stream().map(FrozenSupplier::id).toList();
  }

  public boolean holds(String supplierId) {
    return suppliers.stream().anyMatch(s -> s.id().equals(supplierId));
  }
}
