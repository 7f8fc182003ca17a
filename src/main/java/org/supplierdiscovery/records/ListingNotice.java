package org.supplierdiscovery.records;

import java.util.Objects;

/**
 * A change since a search was frozen to a supplier in its list: one of its listings is now suspended,
 * removed or expired ({@code change} is that status), is gone from its record ({@code unlisted}), or the
 * supplier has left the catalogue ({@code deleted}; framework and lot are then null). {@code was} is the
 * listing's status when frozen; {@code reason} and {@code reasonLabel} say why (from {@code
 * listing-reasons.json}), {@code since} since when (the listing's date, or the time the supplier left),
 * and {@code message} says it all in a sentence.
 */
public record ListingNotice(
    String supplierId, String supplierName, String change, String framework, String lot, String was,
    String reason, String reasonLabel, String since, String message) {
  public ListingNotice {
    Objects.requireNonNull(supplierId, "supplierId");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(message, "message");
  }
}
