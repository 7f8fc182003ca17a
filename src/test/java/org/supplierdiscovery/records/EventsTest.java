package org.supplierdiscovery.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The audit trail as a hash chain: each change writes its event in its own transaction; tampering is found. */
class EventsTest {
  private final RecordStore store = RecordStore.inMemory();
  private final Clock clock = Clock.fixed(Instant.parse("2026-12-04T10:00:00.123456789Z"), ZoneOffset.UTC);
  private final Organisations organisations = new Organisations(store, new OrganisationKey(new SecureRandom()), clock);
  private final Organisation leeds = organisations.create("Leeds ICB").organisation();
  private final Actor ana = new Actor(leeds, "Ana Patel");
  private final Projects projects = new Projects(store, clock);
  private final Events events = new Events(store, clock);

  @AfterEach
  void close() {
    store.close();
  }

  private String projectWithHistory() {
    Project p = projects.create(ana, "Virtual wards");
    SavedSearch s = projects.save(ana, p.id(), new SearchSummary.Ran("3 suppliers", 3, 7), "{}").orElseThrow();
    assertEquals(Optional.of(p.id()), projects.rename(new Actor(leeds, null), p.id(), "VW").map(Project::id));
    assertEquals(Optional.of(s.id()), projects.choose(ana, p.id(), s.id()).map(Project::activeSearchId));
    return p.id();
  }

  private void sql(String statement) {
    store.inTransaction(c -> {
      try (var s = c.createStatement()) {
        return s.executeUpdate(statement);
      }
    });
  }

  @Test
  void eachChangeIsAnEventChainedToTheOneBefore() {
    String id = projectWithHistory();
    List<ProjectEvent> all = events.list(leeds, id).orElseThrow();
    assertEquals(List.of("create", "save-search", "rename", "activate"), all.stream().map(ProjectEvent::type).toList());
    assertEquals(List.of(1, 2, 3, 4), all.stream().map(ProjectEvent::seq).toList());
    assertEquals(Events.GENESIS, all.getFirst().previousHash());
    for (int i = 1; i < all.size(); i++) {
      assertEquals(all.get(i - 1).hash(), all.get(i).previousHash());
    }
    ProjectEvent first = all.getFirst();
    assertEquals(new ProjectEvent(id, 1, Instant.parse("2026-12-04T10:00:00.123456Z"), leeds.id(), "Ana Patel",
        "create", "{\"name\":\"Virtual wards\"}", Events.GENESIS, Events.hash(first)), first);
    assertEquals(null, all.get(2).actor());
    assertEquals(Optional.of(new Events.Verification(true, 4, null, null)), events.verify(leeds, id));
  }

  @Test
  void anAlteredRowIsNamedAsTheFirstBrokenEvent() {
    String id = projectWithHistory();
    sql("UPDATE project_event SET detail_json = '{\"name\":\"Something else\"}' WHERE seq = 3");
    assertEquals(Optional.of(new Events.Verification(false, 4, 3, "its hash does not match its content")),
        events.verify(leeds, id));
  }

  @Test
  void aRowAlteredWithItsHashRecomputedBreaksTheNextLink() {
    String id = projectWithHistory();
    ProjectEvent second = events.list(leeds, id).orElseThrow().get(1);
    ProjectEvent forged = new ProjectEvent(id, 2, second.at(), second.organisationId(), "Mallory", second.type(),
        second.detail(), second.previousHash(), null);
    sql("UPDATE project_event SET actor = 'Mallory', hash = '" + Events.hash(forged) + "' WHERE seq = 2");
    assertEquals(Optional.of(new Events.Verification(false, 4, 3, "its previousHash is not the hash of the event"
        + " before")), events.verify(leeds, id));
  }

  @Test
  void aRemovedRowIsFound() {
    String id = projectWithHistory();
    sql("DELETE FROM project_event WHERE seq = 2");
    assertEquals(Optional.of(new Events.Verification(false, 3, 2, "event 2 is missing")), events.verify(leeds, id));
  }

  @Test
  void anEventThatChangesNothingElseIsOneCall() {
    String id = projectWithHistory();
    assertTrue(events.record(ana, id, EventType.DOWNLOAD, java.util.Map.of("sha256", "ab12")));
    assertEquals(new Events.Verification(true, 5, null, null), events.verify(leeds, id).orElseThrow());
    assertEquals("{\"sha256\":\"ab12\"}", events.list(leeds, id).orElseThrow().get(4).detail());
    Organisation kent = organisations.create("Kent ICB").organisation();
    assertEquals(false, events.record(new Actor(kent, null), id, EventType.DOWNLOAD, java.util.Map.of()));
  }

  @Test
  void aRefusedChangeWritesNoEventAndAnotherOrganisationSeesNone() {
    String id = projectWithHistory();
    Organisation kent = organisations.create("Kent ICB").organisation();
    assertEquals(Optional.empty(), projects.rename(new Actor(kent, null), id, "Taken"));
    assertEquals(Optional.empty(), events.list(kent, id));
    assertEquals(Optional.empty(), events.verify(kent, id));
    sql("UPDATE project SET closed_at = CURRENT_TIMESTAMP WHERE id = '" + id + "'");
    assertThrows(RecordConflictException.class, () -> projects.rename(ana, id, "Closed"));
    assertEquals(4, events.list(leeds, id).orElseThrow().size());
  }
}
