package org.supplierdiscovery.http;

import java.util.concurrent.CountDownLatch;

/** Test help: one of a gate's search slots, held by another thread until released. */
final class HeldSlot {
  private HeldSlot() {}

  /** Returns once the slot is held; the holding thread ends when {@code release} is counted down. */
  static Thread hold(SearchGate gate, CountDownLatch release) throws InterruptedException {
    CountDownLatch inside = new CountDownLatch(1);
    Thread holder = Thread.ofPlatform().start(() -> {
      try {
        gate.run(() -> {
          inside.countDown();
          release.await();
          return null;
        });
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    inside.await();
    return holder;
  }
}
