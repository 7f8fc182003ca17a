package org.supplierdiscovery.records;

import java.time.Instant;
import java.util.Objects;

/** A frozen supplier shortlisted or excluded; an exclusion always has its written reason. */
public record Decision(String supplierId, Verdict verdict, String reason, Instant decidedAt, String decidedBy) {
  public Decision {
    Objects.requireNonNull(supplierId, "supplierId");
    Objects.requireNonNull(verdict, "verdict");
    if (verdict == Verdict.EXCLUDED && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException("an exclusion needs its reason");
    }
  }
}
