package org.supplierdiscovery.admin;

import java.util.List;

/** The outcome of a bulk request: each line's fate and the generation that shows the accepted ones. */
public record BulkResult(Long generation, long accepted, long rejected, List<BulkOutcome> lines) {
  public BulkResult {
    lines = List.copyOf(lines);
  }
}
