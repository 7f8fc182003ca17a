package org.supplierdiscovery.index;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Work queued for the writer thread. */
sealed interface WriteTask {
  /** Set only for tasks a caller waits on. */
  CompletableFuture<?> done();

  /** Changes from one caller; writes waiting together share a commit. */
  record Write(List<Change> changes, String detail, CompletableFuture<CatalogueWriter.Receipt> done)
      implements
        WriteTask {}

  /** A load in batches, committed alone: all of it or none. {@code audited} is false for a layout upgrade. */
  record Load(ChangeSource source, boolean replace, boolean audited,
      CompletableFuture<Optional<CatalogueWriter.Receipt>> done) implements WriteTask {}

  /** Work that must run on the writer thread between groups, such as pinning a commit. */
  record Call<T>(WriterCall<T> call, CompletableFuture<T> done) implements WriteTask {
    void run() {
      try {
        done.complete(call.run());
      } catch (IOException | RuntimeException e) {
        done.completeExceptionally(e);
      }
    }
  }

  /** What a {@link Call} does with the writer. */
  @FunctionalInterface
  interface WriterCall<T> {
    T run() throws IOException;
  }

  /** Ends the writer thread after everything queued before it. */
  record Stop(CompletableFuture<Void> done) implements WriteTask {}

  Stop STOP = new Stop(CompletableFuture.completedFuture(null));
}
