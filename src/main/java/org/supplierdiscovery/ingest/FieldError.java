package org.supplierdiscovery.ingest;

/** One reason a record was rejected, naming the field (e.g. {@code listings[1].lot}). */
public record FieldError(String field, String reason) {
  @Override
  public String toString() {
    return field + ": " + reason;
  }
}
