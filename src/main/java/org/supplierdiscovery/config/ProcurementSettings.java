package org.supplierdiscovery.config;

import java.util.Collection;
import java.util.Map;

/**
 * How procurement records are kept, read from {@code index-config/procurement.json}: the most
 * suppliers a search may hold to be frozen ({@code freezeLimit}, or a framework's own limit), and how
 * many days a frozen search's catalogue commit stays pinned when its project is not closed first.
 */
public record ProcurementSettings(int freezeLimit, Map<String, Integer> frameworkFreezeLimits, int pinRetentionDays) {
  public ProcurementSettings {
    if (freezeLimit < 1) {
      throw new IllegalArgumentException("freezeLimit: must be at least 1");
    }
    frameworkFreezeLimits = Map.copyOf(frameworkFreezeLimits);
    frameworkFreezeLimits.forEach((framework, limit) -> {
      if (limit == null || limit < 1) {
        throw new IllegalArgumentException("frameworkFreezeLimits." + framework + ": must be at least 1");
      }
    });
    if (pinRetentionDays < 1) {
      throw new IllegalArgumentException("pinRetentionDays: must be at least 1");
    }
  }

  /**
   * The limit for a search on {@code frameworks}: the strictest of theirs, each falling back to the
   * default; the default when the search names no framework.
   */
  public int freezeLimit(Collection<String> frameworks) {
    return frameworks.stream().mapToInt(f -> frameworkFreezeLimits.getOrDefault(f, freezeLimit)).min()
        .orElse(freezeLimit);
  }
}
