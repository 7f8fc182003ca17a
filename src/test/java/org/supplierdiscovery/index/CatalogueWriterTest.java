package org.supplierdiscovery.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.supplierdiscovery.TestCatalogue;
import org.supplierdiscovery.catalogue.Supplier;
import org.supplierdiscovery.search.SearchRequest;

@Timeout(30)
class CatalogueWriterTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
  private final FaultyDirectory directory = new FaultyDirectory(new ByteBuffersDirectory());
  private final TestCatalogue c = TestCatalogue.load(directory, TestCatalogue.TINY, CLOCK);
  private final CatalogueWriter writer = c.writer;
  private final ExecutorService pool = Executors.newCachedThreadPool();

  @AfterEach
  void close() throws IOException {
    directory.releaseSyncIfHeld();
    pool.shutdownNow();
    c.close();
  }

  static Supplier supplier(String id, String name) {
    var node = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
    node.put("id", id).put("name", name).put("summary", name + " does remote monitoring.");
    node.putArray("technologyAreas").add("Wearables");
    node.putArray("listings").addObject().put("framework", "Spark DPS").put("status", "active").put("since",
        "2024-01-01");
    var v = new org.supplierdiscovery.ingest.SupplierValidator(TestCatalogue.config().taxonomy()).validate(node);
    assertTrue(v.isValid(), v.errors().toString());
    return v.supplier();
  }

  /** A record the validator never lets through: an empty capability is no facet value. */
  static Supplier emptyCapability(String id) {
    Supplier s = supplier(id, "Broken " + id);
    return new Supplier(s.id(), s.name(), s.summary(), null, null, null, null, s.technologyAreas(), List.of(""),
        null, null, s.listings(), null, null, null, null);
  }

  /** A record whose id is longer than the index can hold as one term: it fails only when applied. */
  static Supplier immenseId() {
    Supplier s = supplier("x", "Immense");
    return new Supplier("x".repeat(40_000), s.name(), s.summary(), null, null, null, null, s.technologyAreas(),
        null, null, null, s.listings(), null, null, null, null);
  }

  static Change.Upsert upsert(Supplier s) {
    return new Change.Upsert(s);
  }

  @Test
  void acknowledgedChangeIsVisibleToTheNextSearchAndStamped() throws Exception {
    CatalogueWriter.Receipt r = writer.write(List.of(upsert(supplier("new-one", "Quokka Sensors"))), "PUT");
    assertEquals(2, r.generation());
    assertEquals(List.of(ChangeOutcome.CREATED), r.outcomes());
    assertEquals(1, c.search.search(SearchRequest.of("quokka")).total());
    writer.write(List.of(new Change.Delete("new-one")), "DELETE");
    assertEquals(0, c.search.search(SearchRequest.of("quokka")).total());
    assertEquals(
        List.of(
            new AuditEntry(CLOCK.instant(), 3, "delete", "new-one", "DELETE"),
            new AuditEntry(CLOCK.instant(), 2, "upsert", "new-one", "PUT")),
        c.index.history("new-one", 10));
    assertEquals("load", c.index.history(null, 10).get(2).action());
    assertEquals(6, c.index.size());
  }

  @Test
  void eachChangeSaysWhatItDidDecidedInOrderWithinTheWrite() throws Exception {
    Supplier s = supplier("typed", "Typed Outcomes");
    CatalogueWriter.Receipt r = writer.write(
        List.of(upsert(s), upsert(s), new Change.Delete("typed"), new Change.Delete("typed")), "PUT");
    assertEquals(List.of(ChangeOutcome.CREATED, ChangeOutcome.REPLACED, ChangeOutcome.DELETED,
        ChangeOutcome.NOT_FOUND), r.outcomes());
    assertEquals(List.of("delete", "upsert", "upsert"),
        c.index.history("typed", 10).stream().map(AuditEntry::action).sorted().toList());
  }

  @Test
  void deletingWhatIsNotThereIsNotFoundAndCommitsNothing() throws Exception {
    CatalogueWriter.Receipt r = writer.write(List.of(new Change.Delete("no-such-supplier")), "DELETE");
    assertEquals(List.of(ChangeOutcome.NOT_FOUND), r.outcomes());
    assertEquals(1, r.generation());
    assertEquals(1, c.index.generation());
    assertEquals(List.of(), c.index.history("no-such-supplier", 10));
  }

  @Test
  void aWriteWithARecordTheIndexCannotBuildLeavesNoTraceOnTheNextWrite() throws Exception {
    ChangeRejectedException e = assertThrows(ChangeRejectedException.class,
        () -> writer.write(List.of(upsert(supplier("good-a", "Good A")), upsert(emptyCapability("bad-b"))), "PUT"));
    assertEquals("bad-b", e.supplierId());
    writer.write(List.of(upsert(supplier("good-c", "Good C"))), "PUT");
    assertFalse(c.index.contains("good-a"));
    assertTrue(c.index.contains("good-c"));
    assertEquals(List.of(), c.index.history("good-a", 10));
    assertEquals(List.of(), c.index.history("bad-b", 10));
  }

  @Test
  void aWriteTheIndexRefusesWhileApplyingIsRolledBackWhole() throws Exception {
    assertThrows(ChangeRejectedException.class,
        () -> writer.write(List.of(upsert(supplier("good-a", "Good A")), upsert(immenseId())), "PUT"));
    writer.write(List.of(upsert(supplier("good-c", "Good C"))), "PUT");
    assertFalse(c.index.contains("good-a"));
    assertEquals(List.of(), c.index.history("good-a", 10));
    assertEquals(7, c.index.size());
  }

  @Test
  void writesWaitingTogetherShareOneCommit() throws Exception {
    CountDownLatch held = directory.holdNextSync();
    Future<CatalogueWriter.Receipt> first = submit(List.of(upsert(supplier("first", "First"))));
    held.await();
    List<Future<CatalogueWriter.Receipt>> waiting = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      waiting.add(submit(List.of(upsert(supplier("w" + i, "Waiting " + i)))));
    }
    awaitWaiting(4);
    directory.releaseSync();
    assertEquals(2, first.get().generation());
    for (Future<CatalogueWriter.Receipt> w : waiting) {
      assertEquals(3, w.get().generation());
    }
    assertEquals(3, c.index.generation());
    assertEquals(11, c.index.size());
  }

  @Test
  void aFailedWriteInASharedCommitDoesNotTakeTheOthersWithIt() throws Exception {
    CountDownLatch held = directory.holdNextSync();
    Future<CatalogueWriter.Receipt> first = submit(List.of(upsert(supplier("first", "First"))));
    held.await();
    Future<CatalogueWriter.Receipt> good = submit(List.of(upsert(supplier("good-x", "Good X"))));
    Future<CatalogueWriter.Receipt> bad = submit(List.of(upsert(supplier("good-y", "Good Y")), upsert(immenseId())));
    Future<CatalogueWriter.Receipt> later = submit(List.of(upsert(supplier("good-z", "Good Z"))));
    awaitWaiting(3);
    directory.releaseSync();
    first.get();
    assertEquals(List.of(ChangeOutcome.CREATED), good.get().outcomes());
    assertEquals(List.of(ChangeOutcome.CREATED), later.get().outcomes());
    ExecutionException e = assertThrows(ExecutionException.class, bad::get);
    assertTrue(e.getCause() instanceof ChangeRejectedException, e.getCause().toString());
    assertTrue(c.index.contains("good-x"));
    assertTrue(c.index.contains("good-z"));
    assertFalse(c.index.contains("good-y"));
    assertEquals(List.of(), c.index.history("good-y", 10));
  }

  @Test
  void aWriteRacingCloseIsEitherCommittedOrRefusedAtOnce() throws Exception {
    CountDownLatch held = directory.holdNextSync();
    Future<CatalogueWriter.Receipt> inCommit = submit(List.of(upsert(supplier("in-commit", "In Commit"))));
    held.await();
    Future<CatalogueWriter.Receipt> queued = submit(List.of(upsert(supplier("queued", "Queued"))));
    awaitWaiting(1);
    Future<?> closing = pool.submit(() -> {
      writer.close();
      return null;
    });
    while (!writer.closing()) {
      Thread.onSpinWait();
    }
    IOException refused = assertThrows(IOException.class,
        () -> writer.write(List.of(upsert(supplier("too-late", "Too Late"))), "PUT"));
    assertEquals("the catalogue writer is closed", refused.getMessage());
    directory.releaseSync();
    assertEquals(2, inCommit.get().generation());
    assertEquals(3, queued.get().generation());
    closing.get();
  }

  private Future<CatalogueWriter.Receipt> submit(List<Change> changes) {
    return pool.submit(() -> writer.write(changes, "PUT"));
  }

  private void awaitWaiting(int tasks) {
    while (writer.waiting() < tasks) {
      Thread.onSpinWait();
    }
  }
}
