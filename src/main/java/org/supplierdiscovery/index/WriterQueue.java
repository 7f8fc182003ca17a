package org.supplierdiscovery.index;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that runs the writer's tasks, in the order they came. Writes that wait together are
 * handed over as one group. Submitting and closing share a lock, and closing queues a stop marker
 * behind everything already taken, so a caller either has its task run or is refused at once; none
 * waits forever.
 */
final class WriterQueue {
  private static final Logger LOG = LoggerFactory.getLogger(WriterQueue.class);
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(60);

  /** What the thread does with the tasks. Called only on the thread. */
  interface Handler {
    void group(List<WriteTask.Write> writes);

    void load(WriteTask.Load load);

    void stopped();

    /** Called when no task came for {@link #IDLE}; a failing writer checks whether the disk recovered. */
    void idle();
  }

  static final Duration IDLE = Duration.ofSeconds(1);

  private final BlockingQueue<WriteTask> queue = new LinkedBlockingQueue<>();
  private final Object gate = new Object();
  private boolean closed; // guarded by gate
  private final Handler handler;
  private final Thread thread;

  WriterQueue(String name, Handler handler) {
    this.handler = handler;
    this.thread = Thread.ofPlatform().name(name).daemon().start(this::run);
  }

  /** Queues {@code task} and waits until {@code done}, its future, completes; passes on how it failed. */
  <T> T submitAndWait(WriteTask task, CompletableFuture<T> done) throws IOException {
    synchronized (gate) {
      if (closed) {
        throw new WritesUnavailableException(new WriteFault(WriteFault.Kind.IO, "the catalogue writer is closed"),
            null);
      }
      queue.add(task);
    }
    try {
      return done.join();
    } catch (CompletionException e) {
      switch (e.getCause()) {
        case IOException io -> throw io;
        case RuntimeException r -> throw r;
        case Error err -> throw err;
        default -> throw e;
      }
    }
  }

  private void run() {
    List<WriteTask> taken = new ArrayList<>();
    while (true) {
      try {
        WriteTask next = queue.poll(IDLE.toMillis(), TimeUnit.MILLISECONDS);
        if (next == null) {
          handler.idle();
          continue;
        }
        taken.add(next);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        taken.add(WriteTask.STOP);
      }
      queue.drainTo(taken);
      try {
        if (runAll(taken)) {
          return;
        }
      } catch (Throwable t) { // an Error must not leave callers waiting on a dead thread
        die(taken, t);
        return;
      }
      taken.clear();
    }
  }

  /**
   * The thread cannot go on (an {@link Error} escaped a handler): refuse new tasks and fail every task
   * taken or waiting, so no caller waits for a thread that is gone. Nothing is committed by a failed
   * task, and the writer is rolled back.
   */
  private void die(List<WriteTask> taken, Throwable cause) {
    LOG.error("the catalogue writer stopped after an unexpected failure; writes are refused until restart", cause);
    synchronized (gate) {
      closed = true;
      queue.drainTo(taken);
    }
    WritesUnavailableException refused = new WritesUnavailableException(
        new WriteFault(WriteFault.Kind.IO, "the catalogue writer stopped after an unexpected failure"), cause);
    for (WriteTask task : taken) {
      task.done().completeExceptionally(refused);
    }
    try {
      handler.stopped();
    } catch (RuntimeException | Error e) {
      cause.addSuppressed(e);
    }
  }

  /** Runs tasks in order, writes that follow each other as one group; true once told to stop. */
  private boolean runAll(List<WriteTask> tasks) {
    List<WriteTask.Write> group = new ArrayList<>();
    for (WriteTask task : tasks) {
      switch (task) {
        case WriteTask.Write w -> group.add(w);
        case WriteTask.Load load -> {
          runGroup(group);
          handler.load(load);
        }
        case WriteTask.Call<?> call -> {
          runGroup(group);
          call.run();
        }
        case WriteTask.Stop stop -> {
          runGroup(group);
          handler.stopped();
          return true;
        }
      }
    }
    runGroup(group);
    return false;
  }

  private void runGroup(List<WriteTask.Write> group) {
    if (!group.isEmpty()) {
      handler.group(List.copyOf(group));
      group.clear();
    }
  }

  /** Refuses new tasks, lets those taken finish, then ends the thread. */
  void close() {
    synchronized (gate) {
      if (closed) {
        return;
      }
      closed = true;
      queue.add(WriteTask.STOP);
    }
    try {
      if (!thread.join(CLOSE_WAIT)) {
        LOG.warn("the catalogue writer did not finish within {}", CLOSE_WAIT);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  boolean closing() {
    synchronized (gate) {
      return closed;
    }
  }

  int waiting() {
    return queue.size();
  }
}
