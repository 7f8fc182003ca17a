package org.supplierdiscovery.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Where a supplier stands on one framework listing. Only {@code active} listings are bought from. */
public enum ListingStatus {
  ACTIVE, SUSPENDED, REMOVED, EXPIRED;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Optional<ListingStatus> fromLabel(String label) {
    return Arrays.stream(values()).filter(s -> s.label().equals(label)).findFirst();
  }

  public static List<String> labels() {
    return Arrays.stream(values()).map(ListingStatus::label).toList();
  }
}
