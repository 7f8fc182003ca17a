package org.supplierdiscovery.ingest;

import java.time.Duration;
import java.util.List;

/**
 * What a load did: how many records went in, which were rejected and why, how long it took, the
 * generation that shows them, and whether anything was applied (a replacing load with a rejected
 * line applies nothing).
 */
public record LoadReport(long loaded, List<Rejected> rejected, Duration took, long generation, boolean applied) {
  public LoadReport {
    rejected = List.copyOf(rejected);
  }

  /** A rejected line: its number, the id if it had one, and every reason. */
  public record Rejected(long line, String id, List<FieldError> errors) {
    public Rejected {
      errors = List.copyOf(errors);
    }

    @Override
    public String toString() {
      return "line " + line + (id == null ? "" : " (id " + id + ")") + ": "
          + String.join("; ", errors.stream().map(FieldError::toString).toList());
    }
  }
}
