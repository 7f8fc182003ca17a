package org.supplierdiscovery.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class SearchGateTest {
  @Test
  void overloadAnswers503WithRetryAfterInsteadOfQueueing() throws Exception {
    SearchGate gate = new SearchGate(1);
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread busy = Thread.ofPlatform().start(() -> {
      try {
        gate.run(() -> {
          inside.countDown();
          release.await();
          return null;
        });
      } catch (Exception e) {
        throw new RuntimeException(e);
      }
    });
    inside.await();
    ProblemException e = assertThrows(ProblemException.class, () -> gate.run(() -> "second"));
    assertEquals(503, e.status());
    assertEquals("1", e.headers().get("Retry-After"));
    release.countDown();
    busy.join();
    assertEquals("third", gate.run(() -> "third"));
  }
}
