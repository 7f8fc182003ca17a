package org.supplierdiscovery.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supplierdiscovery.index.CatalogueWriterTest.supplier;
import static org.supplierdiscovery.index.CatalogueWriterTest.upsert;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.supplierdiscovery.TestCatalogue;
import org.supplierdiscovery.index.FaultyDirectory.Fault;
import org.supplierdiscovery.ingest.CatalogueLoader;
import org.supplierdiscovery.ingest.LoadReport;
import org.supplierdiscovery.index.FaultyDirectory.Stage;
import org.supplierdiscovery.search.SearchRequest;

/** Each disk fault, on flush and on commit: writes refused naming it, searches unharmed, recovery once cleared. */
@Timeout(30)
class WriteFaultTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
  private final FaultyDirectory directory = new FaultyDirectory(new ByteBuffersDirectory());
  private final TestCatalogue c = TestCatalogue.load(directory, TestCatalogue.TINY, CLOCK);

  @AfterEach
  void close() throws IOException {
    c.close();
  }

  @ParameterizedTest
  @MethodSource("org.supplierdiscovery.index.FaultyDirectory#everyFaultAndStage")
  void writesAreRefusedNamingTheFaultSearchesGoOnAndTheNextWriteAfterItClearsSucceeds(Fault fault, Stage stage)
      throws Exception {
    long wearables = c.search.search(SearchRequest.of("wearable")).total();
    directory.fail(fault, stage);

    WritesUnavailableException e = assertThrows(WritesUnavailableException.class,
        () -> c.writer.write(List.of(upsert(supplier("during-a", "During A"))), "PUT"));
    assertEquals(kind(fault), e.fault().kind());
    assertTrue(e.getMessage().startsWith(cause(fault)), e.getMessage());
    assertEquals("failing: " + e.getMessage(), c.writer.health().describe());
    assertEquals(CLOCK.instant(), c.writer.health().since().orElseThrow());
    assertThrows(WritesUnavailableException.class,
        () -> c.writer.write(List.of(upsert(supplier("during-b", "During B"))), "PUT"));
    assertEquals(6, c.index.size());
    assertEquals(1, c.index.generation());
    assertEquals(wearables, c.search.search(SearchRequest.of("wearable")).total());

    directory.heal();
    CatalogueWriter.Receipt after = c.writer.write(List.of(upsert(supplier("after", "After"))), "PUT");
    assertEquals(2, after.generation());
    assertTrue(c.writer.health().isReady());
    assertTrue(c.index.contains("after"));
    assertFalse(c.index.contains("during-a"));
    assertFalse(c.index.contains("during-b"));
    assertEquals(List.of(), c.index.history("during-a", 10));
    assertEquals(7, c.index.size());
  }

  @ParameterizedTest
  @MethodSource("org.supplierdiscovery.index.FaultyDirectory#everyFaultAndStage")
  void healthReturnsToReadyOnceTheFaultClearsWithoutWaitingForAWrite(Fault fault, Stage stage) throws Exception {
    directory.fail(fault, stage);
    assertThrows(WritesUnavailableException.class,
        () -> c.writer.write(List.of(upsert(supplier("during", "During"))), "PUT"));
    directory.heal();
    while (!c.writer.health().isReady()) {
      Thread.onSpinWait();
    }
    assertEquals(1, c.index.generation());
    assertEquals(List.of("load"), c.index.history(null, 10).stream().map(AuditEntry::action).toList());
  }

  @ParameterizedTest
  @MethodSource("org.supplierdiscovery.index.FaultyDirectory#everyFaultAndStage")
  void aLoadDuringAFaultChangesNothingAndTheNextLoadAfterItSucceeds(Fault fault, Stage stage) throws Exception {
    directory.fail(fault, stage);
    CatalogueLoader loader = new CatalogueLoader(TestCatalogue.reader(), c.writer);
    WritesUnavailableException e = assertThrows(WritesUnavailableException.class,
        () -> loader.load(TestCatalogue.TINY, true, line -> {}));
    assertEquals(kind(fault), e.fault().kind());
    assertEquals(6, c.index.size());
    assertEquals(1, c.index.generation());

    directory.heal();
    LoadReport report = loader.load(TestCatalogue.TINY, true, line -> {});
    assertTrue(report.applied());
    assertEquals(2, report.generation());
    assertEquals(6, c.index.size());
    assertTrue(c.writer.health().isReady());
  }

  private static WriteFault.Kind kind(Fault f) {
    return switch (f) {
      case NO_SPACE -> WriteFault.Kind.NO_SPACE;
      case READ_ONLY -> WriteFault.Kind.READ_ONLY;
      case PERMISSION -> WriteFault.Kind.PERMISSION;
    };
  }

  private static String cause(Fault f) {
    return switch (f) {
      case NO_SPACE -> "no space left on the disk holding the index";
      case READ_ONLY -> "the file system holding the index is read-only";
      case PERMISSION -> "permission denied writing ";
    };
  }
}
