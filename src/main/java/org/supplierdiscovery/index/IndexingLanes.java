package org.supplierdiscovery.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The threads that add documents to the {@code IndexWriter}, so several records are analysed and
 * inverted at once: the writer is thread safe and gives each thread its own in-memory segment. A
 * change goes to the lane its supplier id hashes to, and each lane runs its work in order, so two
 * changes to one supplier are applied in the order they were sent while changes to different
 * suppliers, which commute, run side by side. Driven by the writer thread alone: it submits, then
 * {@link #finish}es before it commits or rolls back, so no lane ever touches a writer being closed.
 * Work in flight is bounded; after the first failure the lanes skip the rest and that failure is
 * passed on as it was thrown.
 */
final class IndexingLanes implements Closeable {
  private static final int IN_FLIGHT_PER_LANE = 2;

  /** What a lane does with its share of the changes. */
  @FunctionalInterface
  interface Work<T> {
    void apply(List<T> changes) throws IOException;
  }

  private final List<ExecutorService> lanes = new ArrayList<>();
  private final int capacity;
  private final Semaphore inFlight;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  IndexingLanes(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    for (int i = 0; i < threads; i++) {
      lanes.add(Executors.newSingleThreadExecutor(Thread.ofPlatform().name("catalogue-indexer-" + i).daemon()
          .factory()));
    }
    this.capacity = threads * IN_FLIGHT_PER_LANE;
    this.inFlight = new Semaphore(capacity);
  }

  /** The number of threads. */
  int threads() {
    return lanes.size();
  }

  /**
   * Hands each lane its share of {@code changes}, waiting while the lanes are full; throws at once
   * the first failure of work submitted earlier.
   */
  <T> void submit(List<T> changes, Function<T, String> supplierId, Work<T> work) throws IOException {
    throwFailure();
    List<List<T>> shares = new ArrayList<>();
    for (int i = 0; i < lanes.size(); i++) {
      shares.add(new ArrayList<>());
    }
    for (T c : changes) {
      shares.get(Math.floorMod(supplierId.apply(c).hashCode(), lanes.size())).add(c);
    }
    for (int i = 0; i < lanes.size(); i++) {
      if (!shares.get(i).isEmpty()) {
        run(lanes.get(i), shares.get(i), work);
      }
    }
  }

  private <T> void run(ExecutorService lane, List<T> share, Work<T> work) {
    inFlight.acquireUninterruptibly();
    try {
      lane.execute(() -> {
        try {
          if (failure.get() == null) {
            work.apply(share);
          }
        } catch (IOException | RuntimeException | Error e) {
          failure.compareAndSet(null, e);
        } finally {
          inFlight.release();
        }
      });
    } catch (RuntimeException rejected) {
      inFlight.release();
      throw rejected;
    }
  }

  /** Waits until every lane is idle, then throws the first failure, if any; the lanes are then ready again. */
  void finish() throws IOException {
    awaitIdle();
    throwFailure();
  }

  /** Waits until every lane is idle and forgets any failure: for a run already failing for another reason. */
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
    lanes.forEach(ExecutorService::shutdown);
    try {
      for (ExecutorService lane : lanes) {
        lane.awaitTermination(1, TimeUnit.MINUTES);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
