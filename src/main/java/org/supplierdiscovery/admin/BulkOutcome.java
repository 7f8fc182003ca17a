package org.supplierdiscovery.admin;

import java.util.List;
import org.supplierdiscovery.ingest.FieldError;

/** What happened to one line of a bulk request. */
public record BulkOutcome(long line, String id, String action, String status, List<FieldError> errors) {
  public BulkOutcome {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public static BulkOutcome accepted(long line, String id, String action) {
    return new BulkOutcome(line, id, action, "accepted", List.of());
  }

  public static BulkOutcome rejected(long line, String id, List<FieldError> errors) {
    return new BulkOutcome(line, id, null, "rejected", errors);
  }
}
