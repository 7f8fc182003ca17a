package org.supplierdiscovery.records;

import java.time.Instant;

/**
 * A buyer's named piece of work; {@code activeSearchId} is null until a search is saved, {@code
 * closedAt} until the project is closed (then it takes no more changes).
 */
public record Project(String id, String name, String activeSearchId, Instant createdAt, Instant closedAt) {
  public boolean closed() {
    return closedAt != null;
  }
}
