package org.supplierdiscovery.ingest;

import java.time.Duration;
import java.util.List;

/** What a load did: how many records went in, which were rejected and why, and how long it took. */
public record LoadReport(long loaded, List<Rejected> rejected, Duration took, long generation) {
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
