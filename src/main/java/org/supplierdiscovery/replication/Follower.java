package org.supplierdiscovery.replication;

import java.io.Closeable;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.supplierdiscovery.index.CatalogueIndex;

/**
 * A replica's loop: every poll it reads the primary's current revision and, when it is not the one
 * the replica holds, copies it and shows it to searches. It remembers what it last heard, for {@code
 * /health}; a primary with another configuration is not followed.
 */
public final class Follower implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(Follower.class);

  /** What the replica knows of its primary. {@code primaryGeneration} is -1 before the first answer. */
  public record Status(
      boolean reachable, long primaryGeneration, Optional<Instant> lastContact, Optional<Instant> unreachableSince,
      Optional<String> problem, Optional<String> refusal) {}

  private final PrimaryClient primary;
  private final RevisionCopier copier;
  private final String fingerprint;
  private final Clock clock;
  private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(
      Thread.ofPlatform().name("replication").daemon().factory());
  private volatile CatalogueIndex index;
  private volatile Status status = new Status(false, -1, Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty());

  public Follower(PrimaryClient primary, RevisionCopier copier, String fingerprint, Clock clock) {
    this.primary = primary;
    this.copier = copier;
    this.fingerprint = fingerprint;
    this.clock = clock;
  }

  /**
   * One round: copies the primary's current revision if the replica does not hold it. Throws when the
   * primary cannot be reached or the copy failed; the replica keeps its last complete revision.
   */
  public synchronized void syncOnce() throws IOException {
    Revision current;
    try {
      current = primary.revision();
    } catch (ReplicationException refused) {
      heard(-1, Optional.of(refused.getMessage()), Optional.empty());
      throw refused;
    } catch (IOException unreachable) {
      lost(unreachable);
      throw unreachable;
    }
    if (!current.fingerprint().equals(fingerprint)) {
      String why = "its index-config differs from the primary's (fingerprint " + abbreviated(fingerprint)
          + " here, " + abbreviated(current.fingerprint()) + " on the primary); give both the same index-config/";
      heard(current.generation(), Optional.empty(), Optional.of(why));
      return;
    }
    if (current.version() != copier.localVersion()) {
      try {
        copy();
      } catch (IOException e) {
        heard(current.generation(), Optional.of("copying generation " + current.generation() + " failed: "
            + e.getMessage()), Optional.empty());
        throw e;
      }
    }
    heard(current.generation(), Optional.empty(), Optional.empty());
  }

  private void copy() throws IOException {
    Publisher.Opened session = primary.open();
    try {
      copier.copy(session.revision(), (name, target) -> primary.download(session.id(), name, target));
    } finally {
      primary.release(session.id());
    }
    CatalogueIndex searches = index;
    if (searches != null) {
      searches.refresh();
    }
    LOG.info("copied generation {} from {}", session.revision().generation(), primary.primary());
  }

  /** Shows each copied revision to {@code searches} and polls every {@code interval} from now on. */
  public void follow(CatalogueIndex searches, Duration interval) {
    this.index = searches;
    var unused = poller.scheduleWithFixedDelay(this::pollQuietly, interval.toMillis(), interval.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  private void pollQuietly() {
    try {
      syncOnce();
    } catch (IOException | RuntimeException e) {
      if (status.problem().isEmpty() || !status.problem().get().equals(String.valueOf(e.getMessage()))) {
        LOG.warn("replication from {}: {}", primary.primary(), e.getMessage());
      }
      if (!(e instanceof IOException)) {
        heard(status.primaryGeneration(), Optional.of(String.valueOf(e)), status.refusal());
      }
    }
  }

  private void heard(long primaryGeneration, Optional<String> problem, Optional<String> refusal) {
    status = new Status(true, primaryGeneration < 0 ? status.primaryGeneration() : primaryGeneration,
        Optional.of(clock.instant()), Optional.empty(), problem, refusal);
  }

  private void lost(IOException e) {
    Status was = status;
    Instant since = was.reachable() || was.unreachableSince().isEmpty()
        ? clock.instant()
        : was.unreachableSince().get();
    String cause = e instanceof ConnectException
        ? "connection refused"
        : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    status = new Status(false, was.primaryGeneration(), was.lastContact(), Optional.of(since),
        Optional.of("the primary at " + primary.primary() + " is unreachable: " + cause), was.refusal());
  }

  public Status status() {
    return status;
  }

  public PrimaryClient primary() {
    return primary;
  }

  private static String abbreviated(String fingerprint) {
    return fingerprint.substring(0, Math.min(12, fingerprint.length()));
  }

  @Override
  public void close() {
    poller.shutdownNow();
    try {
      poller.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
