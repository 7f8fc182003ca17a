package org.supplierdiscovery.config;

import java.util.Objects;

/**
 * Why a listing is suspended, removed or expired, from {@code listing-reasons.json}: a stable {@code code}
 * that records carry, the {@code label} buyers see and a sentence that explains it.
 */
public record ListingReason(String code, String label, String description) {
  public ListingReason {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(description, "description");
  }
}
