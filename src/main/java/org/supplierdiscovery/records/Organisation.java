package org.supplierdiscovery.records;

import java.time.Instant;
import java.util.Objects;

/** A buyer organisation: the unit that owns projects and sees only its own. */
public record Organisation(String id, String name, Instant createdAt) {
  public Organisation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
