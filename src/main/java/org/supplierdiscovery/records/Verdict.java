package org.supplierdiscovery.records;

import java.util.Arrays;
import java.util.Optional;

/** What a buyer decided about a frozen supplier. */
public enum Verdict {
  SHORTLISTED("shortlisted"), EXCLUDED("excluded");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<Verdict> of(String label) {
    return Arrays.stream(values()).filter(v -> v.label.equals(label)).findFirst();
  }
}
