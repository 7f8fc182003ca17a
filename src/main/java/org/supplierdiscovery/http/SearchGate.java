package org.supplierdiscovery.http;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Caps concurrent searches: at most {@code running} at once, and at most {@code queued} more waiting
 * up to {@code waitMillis} for a turn. Beyond that the request is answered 503 with Retry-After at
 * once, so a burst is smoothed but overload never builds an unbounded queue.
 *
 * <p>Requests are handled on virtual threads, which the JVM does not preempt: a search, all CPU, would
 * hold one of the few carrier threads until it ends, and /health or a cheap 503 would wait behind it.
 * So searches run on {@code running} platform threads of their own, and the request's virtual thread
 * parks until its search is done.
 */
final class SearchGate implements AutoCloseable {
  /**
   * How long a refusal is held before the 503 goes out. Parked on its virtual thread it costs no CPU,
   * and a client that retries at once (ignoring Retry-After) then sends at most ten requests a second
   * per connection instead of as many as the server can refuse, which took the searches' share of it.
   */
  static final long REFUSAL_PACE_MILLIS = 100;
  private final Semaphore permits;
  private final int queued;
  private final long waitMillis;
  private final AtomicInteger waiting = new AtomicInteger();
  private final ProblemException busy;
  private final ExecutorService searchers;

  SearchGate(int running, int queued, long waitMillis) {
    this.queued = queued;
    this.waitMillis = waitMillis;
    this.permits = new Semaphore(running);
    this.busy = new ProblemException(503, "Service unavailable",
        "The server is answering " + running + " searches with " + queued + " waiting; try again in a moment.",
        List.of(), Map.of("Retry-After", "1"));
    this.searchers = Executors.newFixedThreadPool(running, Thread.ofPlatform().name("search-", 1).daemon().factory());
  }

  interface Work<T> {
    T run() throws Exception;
  }

  /**
   * Refuses at once when every slot is taken and the queue is full, before the request is read or
   * checked: under overload a refusal must cost almost nothing. {@link #run} decides for real.
   */
  void refuseIfFull() throws InterruptedException {
    if (permits.availablePermits() == 0 && waiting.get() >= queued) {
      throw refusal();
    }
  }

  private ProblemException refusal() throws InterruptedException {
    Thread.sleep(REFUSAL_PACE_MILLIS);
    return busy;
  }

  <T> T run(Work<T> work) throws Exception {
    if (!permits.tryAcquire()) {
      if (waiting.incrementAndGet() > queued) {
        waiting.decrementAndGet();
        throw refusal();
      }
      try {
        if (!permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
          throw busy;
        }
      } finally {
        waiting.decrementAndGet();
      }
    }
    try {
      return onASearchThread(work);
    } finally {
      permits.release();
    }
  }

  /** As many search threads as permits, so a search holding a permit never waits for a thread. */
  private <T> T onASearchThread(Work<T> work) throws Exception {
    Future<T> search = searchers.submit(work::run);
    try {
      return search.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    } catch (InterruptedException e) {
      search.cancel(true);
      throw e;
    }
  }

  @Override
  public void close() {
    searchers.shutdownNow();
  }

  /** Searches waiting for a turn now. */
  int waiting() {
    return waiting.get();
  }
}
