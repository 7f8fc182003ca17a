package org.supplierdiscovery.admin;

import java.util.List;

/**
 * The outcome of a bulk request: how many lines were accepted and rejected, the generation that shows
 * the accepted ones, and the first {@value #SHOWN} rejected lines with their reasons ({@code moreRejected}
 * counts the rest). Bounded so a batch of many bad lines cannot make an answer of megabytes.
 */
public record BulkResult(Long generation, long accepted, long rejected, List<BulkOutcome> lines, long moreRejected) {
  static final int SHOWN = 20;

  public BulkResult {
    lines = List.copyOf(lines);
  }

  /** The result of every line's outcome, in line order. */
  static BulkResult of(Long generation, List<BulkOutcome> outcomes) {
    List<BulkOutcome> rejected = outcomes.stream().filter(o -> o.status().equals("rejected")).toList();
    return new BulkResult(generation, outcomes.size() - rejected.size(), rejected.size(),
        rejected.stream().limit(SHOWN).toList(), Math.max(0, rejected.size() - SHOWN));
  }
}
