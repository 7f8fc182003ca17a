package org.supplierdiscovery.ingest;

import java.util.List;
import org.supplierdiscovery.catalogue.Supplier;

/** The outcome of checking one record: a supplier, or the reasons it was rejected. */
public record Validation(String id, Supplier supplier, List<FieldError> errors) {
  public Validation {
    errors = List.copyOf(errors);
    if ((supplier == null) == errors.isEmpty()) {
      throw new IllegalArgumentException("either a supplier or errors");
    }
  }

  public static Validation valid(Supplier supplier) {
    return new Validation(supplier.id(), supplier, List.of());
  }

  public static Validation invalid(String id, List<FieldError> errors) {
    return new Validation(id, null, errors);
  }

  public boolean isValid() {
    return supplier != null;
  }
}
