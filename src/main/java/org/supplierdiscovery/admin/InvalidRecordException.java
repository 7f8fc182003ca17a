package org.supplierdiscovery.admin;

import java.util.List;
import org.supplierdiscovery.ingest.FieldError;

/** A record the catalogue will not take, with every field and reason. Nothing was changed. */
public final class InvalidRecordException extends RuntimeException {
  private final List<FieldError> errors;

  public InvalidRecordException(List<FieldError> errors) {
    super(String.join("; ", errors.stream().map(FieldError::toString).toList()));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
