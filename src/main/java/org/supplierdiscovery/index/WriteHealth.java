package org.supplierdiscovery.index;

import java.time.Instant;
import java.util.Optional;

/** Whether the catalogue takes changes now, and if not, why and since when. */
public record WriteHealth(Optional<WriteFault> fault, Optional<Instant> since) {
  public static WriteHealth ready() {
    return new WriteHealth(Optional.empty(), Optional.empty());
  }

  static WriteHealth failing(WriteFault fault, Instant since) {
    return new WriteHealth(Optional.of(fault), Optional.of(since));
  }

  public boolean isReady() {
    return fault.isEmpty();
  }

  /** "ready", or "failing: " and the cause. */
  public String describe() {
    return fault.map(f -> "failing: " + f.cause()).orElse("ready");
  }
}
