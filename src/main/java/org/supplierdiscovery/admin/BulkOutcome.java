package org.supplierdiscovery.admin;

import java.util.List;
import org.supplierdiscovery.ingest.FieldError;

/**
 * What happened to one line of a bulk request. At most {@value #MAX_ERRORS} reasons are kept, each cut
 * to {@value #MAX_REASON} characters, so one bad line cannot make an answer of megabytes.
 */
public record BulkOutcome(long line, String id, String action, String status, List<FieldError> errors) {
  static final int MAX_ERRORS = 20;
  static final int MAX_REASON = 500;

  public BulkOutcome {
    errors = errors == null
        ? List.of()
        : errors.stream().limit(MAX_ERRORS).map(e -> new FieldError(e.field(), cut(e.reason()))).toList();
  }

  private static String cut(String reason) {
    return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1) + "…";
  }

  public static BulkOutcome accepted(long line, String id, String action) {
    return new BulkOutcome(line, id, action, "accepted", List.of());
  }

  public static BulkOutcome rejected(long line, String id, List<FieldError> errors) {
    return new BulkOutcome(line, id, null, "rejected", errors);
  }
}
