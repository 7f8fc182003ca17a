package org.supplierdiscovery.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.supplierdiscovery.TestCatalogue;
import org.supplierdiscovery.catalogue.Supplier;
import org.supplierdiscovery.config.ProcurementSettings;
import org.supplierdiscovery.index.CatalogueWriter;
import org.supplierdiscovery.index.Change;
import org.supplierdiscovery.ingest.SupplierValidator;
import org.supplierdiscovery.search.Hit;
import org.supplierdiscovery.search.SearchRequest;

/** Freezing over a real index in memory: the pinned commit gives the frozen list whatever changes after it. */
class FreezingTest {
  private static final String NEED = "remote monitoring";
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final TestCatalogue catalogue = TestCatalogue.load(directory, TestCatalogue.TINY, Clock.systemUTC());
  private final RecordStore store = RecordStore.inMemory();
  private final MovableClock clock = new MovableClock(Instant.parse("2026-12-04T10:00:00Z"));
  private final Organisation leeds = new Organisations(store, new OrganisationKey(new SecureRandom()), clock)
      .create("Leeds ICB").organisation();
  private final Actor actor = new Actor(leeds, "Ana Buyer");
  private final Projects projects = new Projects(store, clock);

  @AfterEach
  void close() throws IOException {
    store.close();
    catalogue.close();
  }

  private Freezing freezing(int limit) {
    return new Freezing(store, catalogue.search, catalogue.index, catalogue.writer,
        new ProcurementSettings(limit, Map.of(), 30), SearchRequest::of, clock);
  }

  private String projectWithSearch(String need) {
    Project p = projects.create(new Actor(leeds, null), "Virtual wards");
    assertTrue(projects.save(new Actor(leeds, null), p.id(), new SearchSummary.Ran("summary of " + need, 0, 0), need)
        .isPresent());
    return p.id();
  }

  private List<String> searchNow(String need) {
    return catalogue.search.search(SearchRequest.of(need)).hits().stream().map(Hit::id).toList();
  }

  static Supplier supplier(String id) {
    var node = new ObjectMapper().createObjectNode();
    node.put("id", id).put("name", "Quokka " + id).put("summary", "Remote monitoring with wearables.");
    node.putArray("technologyAreas").add("Wearables");
    node.putArray("capabilities").add("Remote monitoring");
    node.putArray("listings").addObject().put("framework", "Spark DPS").put("status", "active").put("since",
        "2024-01-01");
    return new SupplierValidator(TestCatalogue.config().taxonomy()).validate(node).supplier();
  }

  @Test
  void aFrozenSearchReRunOnItsPinnedCommitGivesTheFrozenListAfterTheCatalogueChanged() throws IOException {
    String id = projectWithSearch(NEED);
    List<String> before = searchNow(NEED);
    FrozenSearch frozen = freezing(30).freeze(actor, id).orElseThrow();
    assertEquals(before, frozen.ids());
    assertEquals(catalogue.index.generation(), frozen.generation());
    assertTrue(frozen.suppliers().getFirst().record().contains("\"id\":\"" + before.getFirst() + "\""));

    catalogue.writer.write(List.of(new Change.Upsert(supplier("quokka")), new Change.Delete(before.getFirst())), "t");
    List<String> after = searchNow(NEED);
    assertTrue(after.contains("quokka"), after.toString());
    assertFalse(after.contains(before.getFirst()));

    Freezing.Verification v = freezing(30).verify(leeds, id).orElseThrow();
    assertEquals(new Freezing.Verification(true, before, before, frozen.generation()), v);
    assertEquals(Optional.of(frozen), freezing(30).frozen(leeds, id));
  }

  @Test
  void aPinnedCommitOutlivesItsWriterAndIsReleasedWhenTheProjectCloses() throws IOException {
    String id = projectWithSearch(NEED);
    FrozenSearch frozen = freezing(30).freeze(actor, id).orElseThrow();
    catalogue.writer.write(List.of(new Change.Upsert(supplier("quokka"))), "t");
    catalogue.writer.close();
    try (CatalogueWriter reopened = new CatalogueWriter(directory, TestCatalogue.config(), Clock.systemUTC())) {
      reopened.write(List.of(new Change.Upsert(supplier("wombat"))), "t");
      assertTrue(commits().contains(frozen.commitGeneration()));
      Freezing again = new Freezing(store, catalogue.search, reopened.index(), reopened,
          new ProcurementSettings(30, Map.of(), 30), SearchRequest::of, clock);
      assertTrue(again.verify(leeds, id).orElseThrow().same());

      Project closed = again.close(actor, id).orElseThrow();
      assertEquals(clock.instant(), closed.closedAt());
      assertFalse(commits().contains(frozen.commitGeneration()));
      RecordConflictException e = assertThrows(RecordConflictException.class, () -> again.verify(leeds, id));
      assertTrue(e.getMessage().contains("can no longer be re-run"), e.getMessage());
      assertThrows(RecordConflictException.class, () -> again.freeze(actor, id));
    }
  }

  @Test
  void aSearchWithMoreSuppliersThanTheLimitIsRefusedAndPinsNothing() throws IOException {
    String id = projectWithSearch("");
    int found = searchNow("").size();
    assertEquals(5, found, "every active supplier of the fixture");
    List<Long> pinnedBefore = commits();
    RecordConflictException e = assertThrows(RecordConflictException.class,
        () -> freezing(found - 1).freeze(actor, id));
    assertEquals("The active search finds " + found + " suppliers; at most " + (found - 1) + " can be frozen. Narrow"
        + " the search (more words or filters), save it and freeze again.", e.getMessage());
    catalogue.writer.write(List.of(new Change.Upsert(supplier("quokka"))), "t");
    assertEquals(1, commits().size(), "the refused freeze left no commit pinned: " + pinnedBefore);
    assertEquals(Optional.empty(), freezing(30).frozen(leeds, id));
    assertEquals(found + 1, freezing(found + 1).freeze(actor, id).orElseThrow().suppliers().size());
  }

  @Test
  void freezingTwiceWithoutASearchOrForAnotherOrganisationIsRefused() throws IOException {
    Project empty = projects.create(new Actor(leeds, null), "Nothing saved");
    RecordConflictException none = assertThrows(RecordConflictException.class,
        () -> freezing(30).freeze(actor, empty.id()));
    assertEquals("activeSearchId", none.field());
    String id = projectWithSearch(NEED);
    Organisation kent = new Organisations(store, new OrganisationKey(new SecureRandom()), clock).create("Kent ICB")
        .organisation();
    assertEquals(Optional.empty(), freezing(30).freeze(new Actor(kent, null), id));
    assertEquals(Optional.empty(), freezing(30).verify(kent, id));
    assertEquals(Optional.empty(), freezing(30).close(new Actor(kent, null), id));
    assertTrue(freezing(30).freeze(actor, id).isPresent());
    assertEquals(Optional.empty(), freezing(30).frozen(kent, id));
    RecordConflictException twice = assertThrows(RecordConflictException.class, () -> freezing(30).freeze(actor, id));
    assertEquals("The project's search is already frozen.", twice.getMessage());
  }

  @Test
  void pinsOlderThanTheRetentionPeriodAreReleasedAtTheSweep() throws IOException {
    String old = projectWithSearch(NEED);
    FrozenSearch first = freezing(30).freeze(actor, old).orElseThrow();
    catalogue.writer.write(List.of(new Change.Upsert(supplier("quokka"))), "t");
    clock.advance(Duration.ofDays(20));
    String recent = projectWithSearch(NEED);
    FrozenSearch second = freezing(30).freeze(actor, recent).orElseThrow();
    catalogue.writer.write(List.of(new Change.Upsert(supplier("wombat"))), "t");
    clock.advance(Duration.ofDays(15));

    assertEquals(1, freezing(30).releaseExpired());
    assertFalse(freezing(30).frozen(leeds, old).orElseThrow().pinned());
    assertTrue(freezing(30).frozen(leeds, recent).orElseThrow().pinned());
    assertEquals(List.of(second.commitGeneration()), commits().subList(0, 1));
    assertNotEquals(first.commitGeneration(), second.commitGeneration());
    assertEquals(0, freezing(30).releaseExpired());
  }

  /** Generations of the commits on disk, oldest first. */
  private List<Long> commits() throws IOException {
    return DirectoryReader.listCommits(directory).stream().map(c -> c.getGeneration()).toList();
  }

  /** A clock a test moves on. */
  static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
