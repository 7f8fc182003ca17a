package org.supplierdiscovery.http;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Caps concurrent searches. When all permits are taken for longer than a short wait, the request is
 * answered 503 with Retry-After at once rather than queued without bound.
 */
final class SearchGate {
  private final Semaphore permits;
  private final int max;

  SearchGate(int max) {
    this.max = max;
    this.permits = new Semaphore(max);
  }

  interface Work<T> {
    T run() throws Exception;
  }

  <T> T run(Work<T> work) throws Exception {
    if (!permits.tryAcquire(50, TimeUnit.MILLISECONDS)) {
      throw new ProblemException(503, "Service unavailable",
          "The server is answering " + max + " searches already; try again in a moment.", List.of(), Map.of("Retry-After", "1"));
    }
    try {
      return work.run();
    } finally {
      permits.release();
    }
  }
}
