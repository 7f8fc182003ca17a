package org.supplierdiscovery.index;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.params.provider.Arguments;

/**
 * A directory that fails as a real disk does, on demand: full, read-only or refusing permission,
 * either when segment files are written (flush) or when a commit syncs them. It can also hold the
 * next commit's sync until released, to line writers up deterministically.
 */
public final class FaultyDirectory extends FilterDirectory {
  /** The faults a disk has. */
  public enum Fault {
    NO_SPACE, READ_ONLY, PERMISSION
  }

  /** Where the fault strikes. */
  public enum Stage {
    FLUSH, COMMIT
  }

  /** Every fault at every stage, for parameterized tests. */
  public static Stream<Arguments> everyFaultAndStage() {
    List<Arguments> all = new ArrayList<>();
    for (Fault f : Fault.values()) {
      for (Stage s : Stage.values()) {
        all.add(Arguments.of(f, s));
      }
    }
    return all.stream();
  }

  private volatile Fault fault;
  private volatile Stage stage;
  private volatile CountDownLatch entered;
  private volatile CountDownLatch release;
  private volatile CountDownLatch held;
  private int syncs; // guarded by this

  public FaultyDirectory(Directory in) {
    super(in);
  }

  public void fail(Fault f, Stage s) {
    this.stage = s;
    this.fault = f;
  }

  public void heal() {
    this.fault = null;
  }

  /** The next sync waits for {@link #releaseSync}; returns the latch that opens once it waits. */
  public CountDownLatch holdNextSync() {
    entered = new CountDownLatch(1);
    held = new CountDownLatch(1);
    release = held;
    return entered;
  }

  public void releaseSync() {
    held.countDown();
  }

  /** Lets a held sync go, if one is still held (for clean-up after a failed test). */
  public void releaseSyncIfHeld() {
    CountDownLatch h = held;
    if (h != null) {
      h.countDown();
    }
  }

  /** How many times a commit has synced files: one per commit. */
  public synchronized int syncs() {
    return syncs;
  }

  @Override
  public IndexOutput createOutput(String name, IOContext context) throws IOException {
    strike(Stage.FLUSH, name);
    return super.createOutput(name, context);
  }

  @Override
  public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
    strike(Stage.FLUSH, prefix);
    return super.createTempOutput(prefix, suffix, context);
  }

  @Override
  public void sync(Collection<String> names) throws IOException {
    strike(Stage.COMMIT, String.join(",", names));
    CountDownLatch held = release;
    if (held != null) {
      release = null;
      entered.countDown();
      try {
        if (!held.await(30, TimeUnit.SECONDS)) {
          throw new IOException("sync held for too long");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
    }
    synchronized (this) {
      syncs++;
    }
    super.sync(names);
  }

  private void strike(Stage at, String name) throws IOException {
    Fault f = fault;
    if (f == null || stage != at) {
      return;
    }
    throw switch (f) {
      case NO_SPACE -> new IOException("No space left on device");
      case READ_ONLY -> new FileSystemException(name, null, "Read-only file system");
      case PERMISSION -> new AccessDeniedException(name);
    };
  }
}
