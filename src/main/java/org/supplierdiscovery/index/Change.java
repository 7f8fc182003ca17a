package org.supplierdiscovery.index;

import java.util.Objects;
import org.supplierdiscovery.catalogue.Supplier;

/** One change to the catalogue: a supplier joins or is replaced, or leaves. */
public sealed interface Change {
  String id();

  record Upsert(Supplier supplier) implements Change {
    public Upsert {
      Objects.requireNonNull(supplier, "supplier");
    }

    @Override
    public String id() {
      return supplier.id();
    }
  }

  record Delete(String id) implements Change {
    public Delete {
      Objects.requireNonNull(id, "id");
    }
  }
}
