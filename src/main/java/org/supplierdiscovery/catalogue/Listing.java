package org.supplierdiscovery.catalogue;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A supplier's place on one framework (and lot, where the framework has lots). A listing that is not
 * active says why with a {@code reason} code from {@code index-config/listing-reasons.json}; null when the
 * record gives none (an active listing, or an expired one, which reads as its framework having expired).
 */
public record Listing(String framework, String lot, ListingStatus status, LocalDate since, String reason) {
  /** The reason an expired listing without one of its own reads as. */
  public static final String FRAMEWORK_EXPIRED = "framework-expired";

  public Listing {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(since, "since");
  }

  public Listing(String framework, String lot, ListingStatus status, LocalDate since) {
    this(framework, lot, status, since, null);
  }

  /** The reason buyers are shown: the record's own, else "framework expired" for an expired listing. */
  public String shownReason() {
    if (reason != null) {
      return reason;
    }
    return status == ListingStatus.EXPIRED ? FRAMEWORK_EXPIRED : null;
  }
}
