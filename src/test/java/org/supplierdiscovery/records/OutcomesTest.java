package org.supplierdiscovery.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A project's outcome over a real frozen search: an award names a frozen, not excluded supplier. */
class OutcomesTest {
  private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
  private static final LocalDate START = LocalDate.parse("2027-01-01");
  private static final LocalDate END = LocalDate.parse("2028-12-31");
  private final FrozenProjectFixture f = new FrozenProjectFixture();
  private final Outcomes outcomes = new Outcomes(f.store);

  @AfterEach
  void close() throws IOException {
    f.close();
  }

  private static Outcome award(String supplier, String value) {
    return new Outcome(Outcome.Kind.AWARDED, supplier, new BigDecimal(value), "GBP", START, END, null, NOW, "Ana");
  }

  private static Outcome ended(Outcome.Kind kind, String reason) {
    return new Outcome(kind, null, null, null, null, null, reason, NOW, null);
  }

  @Test
  void anAwardIsKeptToThePennyAndALaterOutcomeReplacesIt() throws IOException {
    String id = f.project("remote monitoring wearables", true);
    assertEquals(Optional.of(award("alpha-rpm", "125000.50")), outcomes.record(f.ana, id, award("alpha-rpm",
        "125000.5")));
    assertEquals("125000.50", outcomes.get(f.leeds, id).orElseThrow().value().toPlainString());
    Outcome cancelled = ended(Outcome.Kind.CANCELLED, "Budget withdrawn.");
    assertEquals(Optional.of(cancelled), outcomes.record(f.ana, id, cancelled));
    assertEquals(Optional.of(cancelled), outcomes.get(f.leeds, id));
    List<ProjectEvent> events = new Events(f.store, f.clock).list(f.leeds, id).orElseThrow();
    assertEquals("{\"currency\":\"GBP\",\"end\":\"2028-12-31\",\"outcome\":\"awarded\",\"reason\":null,"
        + "\"start\":\"2027-01-01\",\"supplierId\":\"alpha-rpm\",\"value\":\"125000.50\"}", events.get(3).detail());
    assertEquals("outcome", events.get(4).type());
  }

  @Test
  void anAwardOutsideTheFrozenListOrToAnExcludedSupplierIsRefused() throws IOException {
    String notFrozen = f.project("remote monitoring", false);
    assertThrows(RecordConflictException.class, () -> outcomes.record(f.ana, notFrozen, award("alpha-rpm", "1")));
    assertTrue(outcomes.record(f.ana, notFrozen, ended(Outcome.Kind.CANCELLED, "Need gone.")).isPresent());
    String id = f.project("remote monitoring wearables", true);
    assertEquals("Supplier 'zeta-data' is not in the project's frozen list; only a frozen supplier can be awarded.",
        assertThrows(RecordConflictException.class, () -> outcomes.record(f.ana, id, award("zeta-data", "1")))
            .getMessage());
    assertTrue(new Decisions(f.store, f.clock).decide(f.ana, id, "delta-wear", Verdict.EXCLUDED, "No alerts.")
        .isPresent());
    assertThrows(RecordConflictException.class, () -> outcomes.record(f.ana, id, award("delta-wear", "1")));
    Organisation kent = f.organisations.create("Kent ICB").organisation();
    assertEquals(Optional.empty(), outcomes.record(new Actor(kent, null), id, award("alpha-rpm", "1")));
    assertEquals(Optional.empty(), outcomes.get(kent, id));
    assertEquals(Optional.empty(), outcomes.get(f.leeds, id));
  }

  @Test
  void anOutcomeIsWhole() {
    assertThrows(IllegalArgumentException.class, () -> award("a", "0"));
    assertThrows(IllegalArgumentException.class, () -> award("a", "1.001"));
    assertThrows(IllegalArgumentException.class, () -> award("a", "10000000000000"));
    assertThrows(IllegalArgumentException.class,
        () -> new Outcome(Outcome.Kind.AWARDED, "a", BigDecimal.ONE, "EUR", START, END, null, NOW, null));
    assertThrows(IllegalArgumentException.class,
        () -> new Outcome(Outcome.Kind.AWARDED, "a", BigDecimal.ONE, "GBP", END, END, null, NOW, null));
    assertThrows(IllegalArgumentException.class, () -> ended(Outcome.Kind.NONE_SUITABLE, " "));
  }
}
