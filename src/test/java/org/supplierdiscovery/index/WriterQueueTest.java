package org.supplierdiscovery.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class WriterQueueTest {
  /** A handler that fails with an Error on the first group, after a second task has been queued. */
  private static final class Dying implements WriterQueue.Handler {
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public void group(List<WriteTask.Write> writes) {
      entered.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new StackOverflowError("deep");
    }

    @Override
    public void load(WriteTask.Load load) {}

    @Override
    public void stopped() {
      stopped.countDown();
    }

    @Override
    public void idle() {}
  }

  private static WriteTask.Write write(CompletableFuture<CatalogueWriter.Receipt> done) {
    return new WriteTask.Write(List.of(), "test", done);
  }

  @Test
  @Timeout(30)
  void anErrorOnTheWriterThreadFailsEveryWaitingCallerAndRefusesTheNext() throws Exception {
    Dying handler = new Dying();
    WriterQueue queue = new WriterQueue("test-writer", handler);
    CompletableFuture<CatalogueWriter.Receipt> first = new CompletableFuture<>();
    CompletableFuture<Throwable> firstFailure = CompletableFuture.supplyAsync(() -> {
      try {
        queue.submitAndWait(write(first), first);
        return null;
      } catch (Throwable t) {
        return t;
      }
    });
    assertTrue(handler.entered.await(10, TimeUnit.SECONDS));
    CompletableFuture<CatalogueWriter.Receipt> second = new CompletableFuture<>();
    CompletableFuture<Throwable> secondFailure = CompletableFuture.supplyAsync(() -> {
      try {
        queue.submitAndWait(write(second), second);
        return null;
      } catch (Throwable t) {
        return t;
      }
    });
    while (queue.waiting() == 0) {
      Thread.onSpinWait(); // the second write is queued behind the first
    }
    handler.release.countDown();

    Throwable one = firstFailure.get(10, TimeUnit.SECONDS);
    Throwable two = secondFailure.get(10, TimeUnit.SECONDS);
    WritesUnavailableException refused = assertInstanceOf(WritesUnavailableException.class, one);
    assertSame(refused, two);
    assertEquals("the catalogue writer stopped after an unexpected failure", refused.fault().cause());
    assertTrue(refused.getCause() instanceof StackOverflowError);
    assertTrue(handler.stopped.await(10, TimeUnit.SECONDS), "the writer is rolled back");
    assertTrue(queue.closing());

    CompletableFuture<CatalogueWriter.Receipt> third = new CompletableFuture<>();
    assertThrows(WritesUnavailableException.class, () -> queue.submitAndWait(write(third), third));
  }
}
