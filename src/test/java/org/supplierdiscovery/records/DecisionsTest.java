package org.supplierdiscovery.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Shortlisting and excluding frozen suppliers, and comparing the shortlist, over a real frozen search. */
class DecisionsTest {
  private final FrozenProjectFixture f = new FrozenProjectFixture();
  private final Decisions decisions = new Decisions(f.store, f.clock);
  private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

  @AfterEach
  void close() throws IOException {
    f.close();
  }

  private List<String> decided(String id) {
    return decisions.list(f.leeds, id).orElseThrow().stream()
        .map(r -> r.supplier().id() + "=" + (r.decision() == null ? "-" : r.decision().verdict().label()))
        .toList();
  }

  @Test
  void eachFrozenSupplierIsShortlistedOrExcludedWithItsReasonAndTheLastDecisionStands() throws IOException {
    String id = f.project("remote monitoring wearables", true);
    List<String> frozen = f.freezing.frozen(f.leeds, id).orElseThrow().ids();
    assertEquals(List.of("alpha-rpm", "delta-wear"), frozen);
    assertEquals(Optional.of(new Decision("alpha-rpm", Verdict.SHORTLISTED, null, NOW, "Ana Patel")),
        decisions.decide(f.ana, id, "alpha-rpm", Verdict.SHORTLISTED, null));
    assertTrue(decisions.decide(f.ana, id, "delta-wear", Verdict.SHORTLISTED, "fits").isPresent());
    assertEquals(List.of("alpha-rpm=shortlisted", "delta-wear=shortlisted"), decided(id));
    assertTrue(decisions.decide(f.ana, id, "delta-wear", Verdict.EXCLUDED, "Fitness trackers only; no clinical"
        + " alerts.").isPresent());
    assertEquals(List.of("alpha-rpm=shortlisted", "delta-wear=excluded"), decided(id));
    assertEquals("Fitness trackers only; no clinical alerts.",
        decisions.list(f.leeds, id).orElseThrow().get(1).decision().reason());
    assertEquals(List.of("create", "save-search", "freeze", "decide", "decide", "decide"),
        new Events(f.store, f.clock).list(f.leeds, id).orElseThrow().stream().map(ProjectEvent::type).toList());
  }

  @Test
  void anExclusionWithoutAReasonIsNotADecision() {
    assertThrows(IllegalArgumentException.class, () -> new Decision("x", Verdict.EXCLUDED, " ", NOW, null));
  }

  @Test
  void onlyAFrozenSupplierOfAnOpenFrozenProjectOfTheOrganisationCanBeDecided() throws IOException {
    String notFrozen = f.project("remote monitoring", false);
    assertEquals("The project's search is not frozen yet; freeze it first.", assertThrows(
        RecordConflictException.class,
        () -> decisions.decide(f.ana, notFrozen, "alpha-rpm", Verdict.SHORTLISTED, null)).getMessage());
    String id = f.project("remote monitoring wearables", true);
    RecordConflictException outside = assertThrows(RecordConflictException.class,
        () -> decisions.decide(f.ana, id, "zeta-data", Verdict.SHORTLISTED, null));
    assertEquals("supplierId", outside.field());
    Organisation kent = f.organisations.create("Kent ICB").organisation();
    assertEquals(Optional.empty(), decisions.decide(new Actor(kent, null), id, "alpha-rpm", Verdict.SHORTLISTED,
        null));
    assertEquals(Optional.empty(), decisions.list(kent, id));
    assertTrue(f.freezing.close(f.ana, id).isPresent());
    assertThrows(RecordConflictException.class,
        () -> decisions.decide(f.ana, id, "alpha-rpm", Verdict.SHORTLISTED, null));
    assertEquals(List.of("alpha-rpm=-", "delta-wear=-"), decided(id));
  }

  @Test
  void shortlistedSuppliersAreComparedSideBySideFromTheirFrozenRecords() throws IOException {
    String id = f.project("", true);
    for (String s : List.of("alpha-rpm", "beta-video", "gamma-triage")) {
      assertTrue(decisions.decide(f.ana, id, s, Verdict.SHORTLISTED, null).isPresent());
    }
    assertTrue(decisions.decide(f.ana, id, "delta-wear", Verdict.EXCLUDED, "No clinical use.").isPresent());
    Comparison c = decisions.compare(f.leeds, id, List.of("gamma-triage", "beta-video")).orElseThrow();
    assertEquals(List.of("gamma-triage", "beta-video"), c.suppliers().stream().map(Comparison.Compared::id).toList());
    assertEquals(List.of("Gamma Triage", "Beta Consult"),
        c.suppliers().stream().map(Comparison.Compared::name).toList());
    Comparison.Dimension capability = c.dimensions().get(1);
    assertEquals(new Comparison.Dimension("capability", List.of(List.of("Digital triage", "Online consultation"),
        List.of("Video consultation", "Online consultation")), List.of("Online consultation")), capability);
    assertEquals(new Comparison.Dimension("listing", List.of(
        List.of("Online Consultation and Video Consultation DPS / Lot 1 - Digital triage (active)",
            "Digital Care Services Catalogue (active)"),
        List.of("Online Consultation and Video Consultation DPS / Lot 4 - Video consultation (active)",
            "Online Consultation and Video Consultation DPS / Lot 1 - Digital triage (suspended)")),
        List.of()), c.dimensions().get(5));
    assertEquals(List.of("technologyArea", "capability", "pathway", "standard", "region", "listing", "product"),
        c.dimensions().stream().map(Comparison.Dimension::dimension).toList());
    RecordConflictException excluded = assertThrows(RecordConflictException.class,
        () -> decisions.compare(f.leeds, id, List.of("alpha-rpm", "delta-wear")));
    assertEquals("Supplier 'delta-wear' is not shortlisted in this project; only shortlisted suppliers are compared.",
        excluded.getMessage());
  }
}
