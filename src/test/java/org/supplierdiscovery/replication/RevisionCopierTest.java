package org.supplierdiscovery.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IndexInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supplierdiscovery.TestCatalogue;
import org.supplierdiscovery.catalogue.Supplier;
import org.supplierdiscovery.index.Change;

/** Publishing revisions on the primary, and copying them into a replica's directory crash-safely. */
class RevisionCopierTest {
  @TempDir
  Path dir;
  private final MovableClock clock = new MovableClock();
  private TestCatalogue primary;
  private Publisher publisher;
  private RevisionCopier copier;
  private Path index;

  @BeforeEach
  void start() throws IOException {
    primary = TestCatalogue.load(new ByteBuffersDirectory(), TestCatalogue.TINY, Clock.systemUTC());
    publisher = new Publisher(primary.index.directory(), primary.writer.snapshots(), "config", clock,
        Duration.ofSeconds(60));
    primary.writer.addCommitListener(publisher);
    publisher.publishLast();
    index = dir.resolve("index");
    copier = new RevisionCopier(index);
  }

  @AfterEach
  void stop() throws IOException {
    primary.close();
  }

  @Test
  void aSessionKeepsItsRevisionsFilesUntilItIsReleased() throws IOException {
    Publisher.Opened session = publisher.open();
    Set<String> files = names(session.revision());
    write("omega-one");
    assertTrue(Set.of(primary.index.directory().listAll()).containsAll(files), "pinned files kept");
    for (String name : files) {
      try (IndexInput in = publisher.file(session.id(), name).orElseThrow()) {
        assertTrue(in.length() > 0);
      }
    }
    assertTrue(publisher.release(session.id()));
    write("omega-two");
    Set<String> left = Set.of(primary.index.directory().listAll());
    assertTrue(files.stream().anyMatch(f -> !left.contains(f)), "released files deleted at the next commit");
    assertFalse(publisher.release(session.id()));
  }

  @Test
  void aSessionNobodyCallsOnExpires() throws IOException {
    Publisher.Opened session = publisher.open();
    clock.advance(Duration.ofSeconds(59));
    assertEquals(1, publisher.sessions());
    clock.advance(Duration.ofSeconds(2));
    assertEquals(0, publisher.sessions());
    assertTrue(publisher.file(session.id(), "segments_1").isEmpty());
  }

  @Test
  void aCopyCutShortLeavesTheLastCompleteRevisionAndTheNextCopyFinishesIt() throws IOException {
    copy(publisher.open(), Long.MAX_VALUE);
    Revision first = publisher.current();
    write("omega-one");
    Publisher.Opened second = publisher.open();
    assertThrows(IOException.class, () -> copy(second, 100));
    assertTrue(Files.isDirectory(dir.resolve("index.incoming")), "the cut happened mid-copy");
    assertEquals(first.version(), copier.localVersion());
    assertClean(first.generation());
    copy(second, Long.MAX_VALUE);
    assertEquals(second.revision().version(), copier.localVersion());
    assertClean(second.revision().generation());
    assertFalse(Files.exists(dir.resolve("index.incoming")));
    try (FSDirectory d = FSDirectory.open(index)) {
      Set<String> held = new HashSet<>(Set.of(d.listAll()));
      held.remove("write.lock"); // left by CheckIndex above
      assertEquals(names(second.revision()), held);
    }
  }

  @Test
  void aFileThatArrivesAlteredIsRefusedAndChangesNothing() throws IOException {
    copy(publisher.open(), Long.MAX_VALUE);
    Revision first = publisher.current();
    write("omega-one");
    Publisher.Opened second = publisher.open();
    ReplicationException e = assertThrows(ReplicationException.class, () -> copier.copy(second.revision(),
        (name, target) -> {
          fetch(second.id(), name, target, Long.MAX_VALUE);
          byte[] bytes = Files.readAllBytes(target);
          bytes[bytes.length / 2] ^= 1;
          Files.write(target, bytes);
        }));
    assertTrue(e.getMessage().startsWith("file "), e.getMessage());
    assertEquals(first.version(), copier.localVersion());
    assertClean(first.generation());
  }

  @Test
  void aPrimaryWithAnOlderCommitIsNotCopiedOver() throws IOException {
    copy(publisher.open(), Long.MAX_VALUE);
    write("omega-one");
    copy(publisher.open(), Long.MAX_VALUE);
    Revision older = new Revision(1, 0, "", "config", List.of());
    ReplicationException e = assertThrows(ReplicationException.class, () -> copier.copy(older, (n, t) -> {}));
    assertTrue(e.getMessage().contains("delete " + index.toAbsolutePath() + " to copy it afresh"), e.getMessage());
  }

  private void write(String id) throws IOException {
    Supplier s = TestCatalogue.reader().parse("""
        {"id":"%s","name":"Omega %s","summary":"Wearables.","technologyAreas":["Wearables"],
         "listings":[{"framework":"Spark DPS","status":"active","since":"2025-01-01"}]}""".formatted(id, id))
        .supplier();
    primary.writer.write(List.of(new Change.Upsert(s)), "test");
  }

  /** Copies a session's revision; each file is cut after {@code limit} bytes, as a kill mid-copy leaves it. */
  private void copy(Publisher.Opened session, long limit) throws IOException {
    copier.copy(session.revision(), (name, target) -> fetch(session.id(), name, target, limit));
    publisher.release(session.id());
  }

  private void fetch(String session, String name, Path target, long limit) throws IOException {
    try (IndexInput in = publisher.file(session, name).orElseThrow();
        OutputStream out = Files.newOutputStream(target)) {
      long n = Math.min(in.length(), limit);
      byte[] bytes = new byte[(int) n];
      in.readBytes(bytes, 0, bytes.length);
      out.write(bytes);
      if (n < in.length()) {
        throw new IOException("connection lost after " + n + " bytes of " + name);
      }
    }
  }

  private void assertClean(long generation) throws IOException {
    try (FSDirectory d = FSDirectory.open(index);
        CheckIndex check = new CheckIndex(d);
        DirectoryReader reader = DirectoryReader.open(d)) {
      check.setInfoStream(null);
      assertTrue(check.checkIndex().clean);
      assertEquals(Long.toString(generation), reader.getIndexCommit().getUserData().get("generation"));
    }
  }

  private static Set<String> names(Revision r) {
    return Set.copyOf(r.files().stream().map(RevisionFile::name).toList());
  }

  /** A clock a test moves by hand. */
  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-12-01T10:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
