package org.supplierdiscovery.index;

import java.time.Instant;
import java.util.Objects;

/**
 * The stamp of one change: when, what, to which supplier, and the catalogue generation that first
 * showed it. Entries are committed with the change itself, so the trail and the catalogue never
 * disagree.
 */
public record AuditEntry(Instant at, long generation, String action, String supplierId, String detail) {
  public AuditEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(action, "action");
  }
}
