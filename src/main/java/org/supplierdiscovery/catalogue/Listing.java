package org.supplierdiscovery.catalogue;

import java.time.LocalDate;
import java.util.Objects;

/** A supplier's place on one framework (and lot, where the framework has lots). */
public record Listing(String framework, String lot, ListingStatus status, LocalDate since) {
  public Listing {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(since, "since");
  }
}
