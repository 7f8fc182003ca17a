package org.supplierdiscovery.catalogue;

import java.util.Objects;

/** A named product or service a supplier offers. */
public record Product(String name, String description) {
  public Product {
    Objects.requireNonNull(name, "name");
  }

  /** The product as one text, as it is indexed and highlighted: its name, then its description. */
  public String text() {
    return description == null ? name : name + ": " + description;
  }
}
