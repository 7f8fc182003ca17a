package org.supplierdiscovery.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How results are ordered. */
public enum SortOrder {
  RELEVANCE, NAME, LISTED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SortOrder> fromLabel(String label) {
    return Arrays.stream(values()).filter(s -> s.label().equals(label)).findFirst();
  }

  public static List<String> labels() {
    return Arrays.stream(values()).map(SortOrder::label).toList();
  }
}
