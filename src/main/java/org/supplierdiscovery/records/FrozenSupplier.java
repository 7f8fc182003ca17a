package org.supplierdiscovery.records;

import java.util.Objects;

/** One supplier of a frozen list: its place (1 first) and its whole stored record as it was then (JSON). */
public record FrozenSupplier(int place, String id, String record) {
  public FrozenSupplier {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(record, "record");
  }
}
