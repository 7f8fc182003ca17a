package org.supplierdiscovery.replication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.SnapshotDeletionPolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.supplierdiscovery.index.CatalogueWriter;

/**
 * The primary's side of replication: each commit becomes the current revision, its files pinned by a
 * snapshot. A replica opens a session on the current revision, copies its files and releases it; a
 * revision's files are let go once it is no longer current and no session holds it. A session a
 * replica abandons (killed mid-copy) expires after {@code expiry} without a call.
 */
public final class Publisher implements CatalogueWriter.CommitListener {
  private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);

  /** A revision and how many hold it (being current counts as one). */
  private static final class Pinned {
    final Revision revision;
    final IndexCommit commit;
    int holders = 1;

    Pinned(Revision revision, IndexCommit commit) {
      this.revision = revision;
      this.commit = commit;
    }
  }

  private record Session(Pinned pinned, Instant lastCall) {}

  private final Directory directory;
  private final SnapshotDeletionPolicy snapshots;
  private final String fingerprint;
  private final Clock clock;
  private final Duration expiry;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Session> sessions = new HashMap<>();
  private Pinned current;

  public Publisher(Directory directory, SnapshotDeletionPolicy snapshots, String fingerprint, Clock clock,
      Duration expiry) {
    this.directory = directory;
    this.snapshots = snapshots;
    this.fingerprint = fingerprint;
    this.clock = clock;
    this.expiry = expiry;
  }

  /** Publishes the last commit and every later one of {@code writer}. */
  public static Publisher of(CatalogueWriter writer, Directory directory, String fingerprint) throws IOException {
    Publisher publisher = new Publisher(directory, writer.snapshots(), fingerprint, Clock.systemUTC(),
        Duration.ofSeconds(60));
    writer.addCommitListener(publisher);
    publisher.publishLast();
    return publisher;
  }

  /** Makes the writer's last commit the current revision. */
  public synchronized void publishLast() throws IOException {
    IndexCommit commit = snapshots.snapshot();
    if (current != null && current.commit.getGeneration() == commit.getGeneration()) {
      snapshots.release(commit);
      return;
    }
    Pinned next;
    try {
      next = new Pinned(Revision.of(commit, directory, fingerprint), commit);
    } catch (IOException | RuntimeException e) {
      snapshots.release(commit);
      throw e;
    }
    Pinned previous = current;
    current = next;
    if (previous != null) {
      letGo(previous);
    }
  }

  @Override
  public void committed(long generation) {
    try {
      publishLast();
    } catch (IOException e) {
      throw new UncheckedIOException("generation " + generation + " could not be published to replicas", e);
    }
  }

  /** The current revision. */
  public synchronized Revision current() {
    expire();
    return current.revision;
  }

  /** A session a replica copies one revision in. */
  public record Opened(String id, Revision revision) {}

  /** Opens a session on the current revision, pinning it until released or expired. */
  public synchronized Opened open() {
    expire();
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    String id = HexFormat.of().formatHex(bytes);
    current.holders++;
    sessions.put(id, new Session(current, clock.instant()));
    return new Opened(id, current.revision);
  }

  /** Opens one file of the session's revision; empty when the session or the file is unknown. */
  public synchronized Optional<IndexInput> file(String sessionId, String name) throws IOException {
    expire();
    Session s = sessions.get(sessionId);
    if (s == null || s.pinned().revision.file(name) == null) {
      return Optional.empty();
    }
    sessions.put(sessionId, new Session(s.pinned(), clock.instant()));
    return Optional.of(directory.openInput(name, IOContext.DEFAULT));
  }

  /** Restarts a session's expiry, e.g. once a long file has been sent. */
  public synchronized void touch(String sessionId) {
    Session s = sessions.get(sessionId);
    if (s != null) {
      sessions.put(sessionId, new Session(s.pinned(), clock.instant()));
    }
  }

  /** Ends a session; false when there was none (already released or expired). */
  public synchronized boolean release(String sessionId) {
    Session s = sessions.remove(sessionId);
    if (s == null) {
      return false;
    }
    letGo(s.pinned());
    return true;
  }

  /** Sessions open now: replicas copying. */
  public synchronized int sessions() {
    expire();
    return sessions.size();
  }

  private void expire() {
    Instant oldest = clock.instant().minus(expiry);
    for (Iterator<Session> it = sessions.values().iterator(); it.hasNext();) {
      Session s = it.next();
      if (s.lastCall().isBefore(oldest)) {
        it.remove();
        letGo(s.pinned());
      }
    }
  }

  /** Drops one hold; the last one releases the snapshot, and the writer deletes the files at its next commit. */
  private void letGo(Pinned pinned) {
    if (--pinned.holders > 0) {
      return;
    }
    try {
      snapshots.release(pinned.commit);
    } catch (IOException | RuntimeException e) {
      LOG.warn("releasing revision {} failed; its files stay until the next start", pinned.revision.version(), e);
    }
  }
}
