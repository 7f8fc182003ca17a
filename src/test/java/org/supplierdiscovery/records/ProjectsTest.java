package org.supplierdiscovery.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** On embedded H2; {@link ProjectsPostgresIT} runs every case again on PostgreSQL. */
class ProjectsTest {
  private final RecordStore store = openStore();
  private final Clock clock = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);
  private final Organisations organisations = new Organisations(store, new OrganisationKey(new SecureRandom()), clock);
  private final Projects projects = new Projects(store, clock);

  /** A store on a new, empty database. */
  RecordStore openStore() {
    return RecordStore.inMemory();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void anIssuedKeyFindsItsOrganisationAndNoOtherKeyDoes() {
    IssuedKey issued = organisations.create("Leeds ICB");
    assertEquals(Optional.of(issued.organisation()), organisations.byKey(issued.key()));
    assertEquals(Optional.empty(), organisations.byKey(issued.key() + "x"));
    // only the hash is stored
    String stored = store.inTransaction(c -> {
      try (var s = c.createStatement(); var r = s.executeQuery("SELECT key_hash FROM organisation")) {
        r.next();
        return r.getString(1);
      }
    });
    assertEquals(OrganisationKey.hash(issued.key()), stored);
  }

  @Test
  void anotherOrganisationNeitherSeesNorChangesAProject() {
    Organisation leeds = organisations.create("Leeds ICB").organisation();
    Organisation kent = organisations.create("Kent ICB").organisation();
    Project p = projects.create(new Actor(leeds, null), "Virtual wards");
    assertEquals(List.of(p), projects.list(leeds));
    assertEquals(List.of(), projects.list(kent));
    assertEquals(Optional.empty(), projects.get(kent, p.id()));
    assertEquals(Optional.empty(), projects.rename(new Actor(kent, null), p.id(), "Taken"));
    assertEquals(Optional.empty(),
        projects.save(new Actor(kent, null), p.id(), new SearchSummary.Ran("s", 1, 1), "{}"));
    assertEquals(Optional.empty(), projects.searches(kent, p.id()));
    assertEquals("Virtual wards", projects.get(leeds, p.id()).orElseThrow().name());
  }

  @Test
  void theLastSavedSearchIsActiveUntilAnotherIsChosen() {
    Organisation leeds = organisations.create("Leeds ICB").organisation();
    Project p = projects.create(new Actor(leeds, null), "Virtual wards");
    assertNull(p.activeSearchId());
    SavedSearch first = projects
        .save(new Actor(leeds, null), p.id(), new SearchSummary.Ran("first", 3, 7), "{\"q\":\"a\"}")
        .orElseThrow();
    SavedSearch second = projects
        .save(new Actor(leeds, null), p.id(), new SearchSummary.Ran("second", 2, 7), "{\"q\":\"b\"}")
        .orElseThrow();
    assertEquals(second.id(), projects.get(leeds, p.id()).orElseThrow().activeSearchId());
    assertEquals(first.id(),
        projects.choose(new Actor(leeds, null), p.id(), first.id()).orElseThrow().activeSearchId());
    List<SavedSearch> all = projects.searches(leeds, p.id()).orElseThrow();
    assertEquals(List.of(true, false), all.stream().map(SavedSearch::active).toList());
    assertEquals(Optional.empty(), projects.choose(new Actor(leeds, null), p.id(), "no-such-search"));
    assertTrue(all.stream().allMatch(s -> s.generation() == 7));
  }
}
