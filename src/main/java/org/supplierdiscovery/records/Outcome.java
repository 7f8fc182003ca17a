package org.supplierdiscovery.records;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * How a project ended. Awarded names a supplier of the frozen list, the contract's value in pounds
 * (to the penny, always with two decimals) and its start and end (end after start); cancelled and none suitable give their reason.
 */
public record Outcome(
    Kind kind, String supplierId, BigDecimal value, String currency, LocalDate start, LocalDate end, String reason,
    Instant recordedAt, String recordedBy) {
  public static final String GBP = "GBP";
  /** The largest contract value a record holds: DECIMAL(15, 2). */
  public static final BigDecimal MAX_VALUE = new BigDecimal("9999999999999.99");

  public enum Kind {
    AWARDED("awarded"), CANCELLED("cancelled"), NONE_SUITABLE("none-suitable");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    public static Optional<Kind> of(String label) {
      return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
    }
  }

  public Outcome {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(recordedAt, "recordedAt");
    if (kind == Kind.AWARDED) {
      Objects.requireNonNull(supplierId, "supplierId");
      if (value == null || value.signum() <= 0 || value.scale() > 2 || value.compareTo(MAX_VALUE) > 0) {
        throw new IllegalArgumentException("value: a positive amount of pounds and pence");
      }
      value = value.setScale(2);
      if (!GBP.equals(currency)) {
        throw new IllegalArgumentException("currency: GBP");
      }
      if (start == null || end == null || !end.isAfter(start)) {
        throw new IllegalArgumentException("end: after start");
      }
    } else if (reason == null || reason.isBlank() || supplierId != null || value != null || start != null) {
      throw new IllegalArgumentException(kind.label() + ": a reason and no award");
    }
  }
}
