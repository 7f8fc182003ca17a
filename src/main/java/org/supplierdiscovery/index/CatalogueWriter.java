package org.supplierdiscovery.index;

import java.io.Closeable;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Applies live changes with group commit: one thread takes every change waiting, applies them in
 * order with their audit entries, commits once (one fsync for the group) and refreshes searchers;
 * only then does each caller hear back. A change acknowledged is durable and visible.
 */
public final class CatalogueWriter implements Closeable {
  /** What a caller gets back once its changes are committed. */
  public record Receipt(long generation, Instant committedAt) {}

  private record Pending(List<Change> changes, String detail, CompletableFuture<Receipt> done) {}

  private final CatalogueIndex index;
  private final Clock clock;
  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final Thread thread;
  private volatile boolean running = true;

  public CatalogueWriter(CatalogueIndex index, Clock clock) {
    this.index = index;
    this.clock = clock;
    this.thread = Thread.ofPlatform().name("catalogue-writer").daemon().start(this::run);
  }

  /** Applies and commits the changes, blocking until they are durable and visible. */
  public Receipt write(List<Change> changes, String detail) throws IOException {
    CompletableFuture<Receipt> done = new CompletableFuture<>();
    if (!running) {
      throw new IOException("catalogue writer is closed");
    }
    queue.add(new Pending(List.copyOf(changes), detail, done));
    try {
      return done.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw e;
    }
  }

  private void run() {
    List<Pending> group = new ArrayList<>();
    while (running || !queue.isEmpty()) {
      try {
        Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        group.add(first);
        queue.drainTo(group);
        commit(group);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } finally {
        group.clear();
      }
    }
  }

  private void commit(List<Pending> group) {
    try {
      long generation = index.nextGeneration();
      Instant at = clock.instant();
      for (Pending p : group) {
        index.applyUncommitted(p.changes());
        index.audit(entries(p, generation, at));
      }
      long committed = index.commit();
      group.forEach(p -> p.done().complete(new Receipt(committed, at)));
    } catch (IOException | RuntimeException e) {
      IOException failure = e instanceof IOException io ? io : new IOException(e);
      group.forEach(p -> p.done().completeExceptionally(failure));
    }
  }

  private static List<AuditEntry> entries(Pending p, long generation, Instant at) {
    List<AuditEntry> entries = new ArrayList<>();
    for (Change c : p.changes()) {
      String action = switch (c) {
        case Change.Upsert u -> "upsert";
        case Change.Delete d -> "delete";
      };
      entries.add(new AuditEntry(at, generation, action, c.id(), p.detail()));
    }
    return entries;
  }

  @Override
  public void close() {
    running = false;
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

}
