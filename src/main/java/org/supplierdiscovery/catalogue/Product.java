package org.supplierdiscovery.catalogue;

import java.util.Objects;

/** A named product or service a supplier offers. */
public record Product(String name, String description) {
  public Product {
    Objects.requireNonNull(name, "name");
  }
}
