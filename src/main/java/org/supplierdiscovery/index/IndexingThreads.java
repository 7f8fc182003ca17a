package org.supplierdiscovery.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The threads that add documents to the {@code IndexWriter}, so several records are analysed and
 * inverted at once: the writer is thread safe and gives each thread its own in-memory segment.
 * Changes to different suppliers commute and run on any thread; changes to one supplier keep the
 * order they were sent in (a batch's changes to one supplier go to one thread, and a batch waits
 * while an earlier one still holds changes to any of its suppliers). Driven by the writer thread
 * alone: it submits, then {@link #finish}es before it commits or rolls back, so no thread ever
 * touches a writer being closed. Work in flight is bounded; after the first failure the rest is
 * skipped and that failure is passed on as it was thrown.
 */
final class IndexingThreads implements Closeable {
  private static final int IN_FLIGHT_PER_THREAD = 2;

  /** What a thread does with its share of the changes. */
  @FunctionalInterface
  interface Work<T> {
    void apply(List<T> changes) throws IOException;
  }

  private final ExecutorService pool;
  private final int threads;
  private final int capacity;
  private final Semaphore inFlight;
  private final Set<String> busy = ConcurrentHashMap.newKeySet();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  IndexingThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    AtomicInteger n = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(threads,
        r -> Thread.ofPlatform().name("catalogue-indexer-" + n.getAndIncrement()).daemon().unstarted(r));
    this.threads = threads;
    this.capacity = threads * IN_FLIGHT_PER_THREAD;
    this.inFlight = new Semaphore(capacity);
  }

  /**
   * Hands {@code changes} to the threads in shares, waiting while they are full; throws at once the
   * first failure of work submitted earlier.
   */
  <T> void submit(List<T> changes, Function<T, String> supplierId, Work<T> work) throws IOException {
    throwFailure();
    List<List<T>> shares = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      shares.add(new ArrayList<>());
    }
    for (T c : changes) {
      shares.get(Math.floorMod(supplierId.apply(c).hashCode(), threads)).add(c);
    }
    for (List<T> share : shares) {
      if (!share.isEmpty()) {
        run(share.stream().map(supplierId).toList(), share, work);
      }
    }
  }

  private <T> void run(List<String> ids, List<T> share, Work<T> work) {
    if (ids.stream().anyMatch(busy::contains)) {
      awaitIdle();
    }
    inFlight.acquireUninterruptibly();
    busy.addAll(ids);
    try {
      pool.execute(() -> {
        try {
          if (failure.get() == null) {
            work.apply(share);
          }
        } catch (IOException | RuntimeException | Error e) {
          failure.compareAndSet(null, e);
        } finally {
          ids.forEach(busy::remove);
          inFlight.release();
        }
      });
    } catch (RuntimeException rejected) {
      ids.forEach(busy::remove);
      inFlight.release();
      throw rejected;
    }
  }

  /** Waits until every thread is idle, then throws the first failure, if any; the threads are then ready again. */
  void finish() throws IOException {
    awaitIdle();
    throwFailure();
  }

  /** Waits until every thread is idle and forgets any failure: for a run already failing for another reason. */
  void abandon() {
    awaitIdle();
    failure.set(null);
  }

  private void awaitIdle() {
    inFlight.acquireUninterruptibly(capacity);
    inFlight.release(capacity);
  }

  private void throwFailure() throws IOException {
    Throwable first = failure.getAndSet(null);
    switch (first) {
      case null -> {}
      case IOException io -> throw io;
      case RuntimeException r -> throw r;
      case Error e -> throw e;
      default -> throw new IllegalStateException(first);
    }
  }

  @Override
  public void close() {
    pool.shutdown();
    try {
      pool.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
