package org.supplierdiscovery.records;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A project's random allocation within a lot, as recorded: the lot, the seed and the algorithm (name and
 * description), the eligible ids in the order the draw used, the catalogue generation they were found at,
 * the filters that narrowed them ({@code filters}, JSON with {@code filters}, {@code all} and {@code not}
 * as a search body has them; {@code searchId} names the saved search they came from, null when none),
 * the supplier drawn, when and by whom ({@code allocatedBy}, null when no person was named).
 */
public record Allocation(
    String projectId, String framework, String lot, String seed, String algorithm, String description,
    long generation, String searchId, String filters, List<String> eligible, String chosen, Instant allocatedAt,
    String allocatedBy) {
  public Allocation {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(seed, "seed");
    Objects.requireNonNull(filters, "filters");
    eligible = List.copyOf(eligible);
    Objects.requireNonNull(chosen, "chosen");
  }
}
