package org.supplierdiscovery.config;

import java.util.List;
import java.util.Objects;

/** A procurement framework or dynamic purchasing system and its lots (empty when it has none). */
public record Framework(String name, List<String> lots) {
  public Framework {
    Objects.requireNonNull(name, "name");
    lots = lots == null ? List.of() : List.copyOf(lots);
  }

  public boolean hasLots() {
    return !lots.isEmpty();
  }
}
