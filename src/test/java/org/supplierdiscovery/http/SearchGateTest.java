package org.supplierdiscovery.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class SearchGateTest {

  @Test
  void overloadBeyondTheQueueAnswers503WithRetryAfter() throws Exception {
    SearchGate gate = new SearchGate(1, 0, 10_000);
    CountDownLatch release = new CountDownLatch(1);
    Thread busy = HeldSlot.hold(gate, release);
    ProblemException e = assertThrows(ProblemException.class, () -> gate.run(() -> "second"));
    assertEquals(503, e.status());
    assertEquals("1", e.headers().get("Retry-After"));
    release.countDown();
    busy.join();
    assertEquals("third", gate.run(() -> "third"));
  }

  @Test
  void aQueuedSearchRunsWhenAPermitFreesAndAFullQueueRefusesAtOnce() throws Exception {
    SearchGate gate = new SearchGate(1, 1, 10_000);
    CountDownLatch release = new CountDownLatch(1);
    Thread busy = HeldSlot.hold(gate, release);
    CompletableFuture<String> queued = CompletableFuture.supplyAsync(() -> {
      try {
        return gate.run(() -> "queued");
      } catch (Exception e) {
        throw new RuntimeException(e);
      }
    });
    while (!gateHasAWaiter(gate, queued)) {
      Thread.onSpinWait();
    }
    ProblemException full = assertThrows(ProblemException.class, () -> gate.run(() -> "third"));
    assertEquals(503, full.status());
    release.countDown();
    busy.join();
    assertEquals("queued", queued.get());
  }

  @Test
  void aWaitThatOutlastsItsLimitIsRefused() throws Exception {
    SearchGate gate = new SearchGate(1, 4, 20);
    CountDownLatch release = new CountDownLatch(1);
    Thread busy = HeldSlot.hold(gate, release);
    assertEquals(503, assertThrows(ProblemException.class, () -> gate.run(() -> "late")).status());
    release.countDown();
    busy.join();
  }

  @Test
  void aFullGateRefusesBeforeAnyWorkAndAGateWithRoomDoesNot() throws Exception {
    SearchGate gate = new SearchGate(1, 0, 10_000);
    gate.refuseIfFull();
    CountDownLatch release = new CountDownLatch(1);
    Thread busy = HeldSlot.hold(gate, release);
    ProblemException full = assertThrows(ProblemException.class, gate::refuseIfFull);
    assertEquals(503, full.status());
    assertEquals("1", full.headers().get("Retry-After"));
    assertEquals(0, full.getStackTrace().length);
    release.countDown();
    busy.join();
    gate.refuseIfFull();
  }

  /** The queued call is waiting once a call that cannot wait (queue of one, taken) is refused. */
  private static boolean gateHasAWaiter(SearchGate gate, CompletableFuture<String> queued) {
    return queued.isDone() || gate.waiting() == 1;
  }
}
