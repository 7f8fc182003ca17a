package org.supplierdiscovery.index;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Changes too many to hold at once (a catalogue file), sent to the writer in batches and committed
 * together: all of them, or none.
 */
@FunctionalInterface
public interface ChangeSource {
  /**
   * Sends every change to {@code sink}; returns the audit detail to commit with them, or empty to
   * discard everything sent.
   */
  Optional<String> send(Sink sink) throws IOException;

  /** Takes one batch of changes into the load in progress. */
  @FunctionalInterface
  interface Sink {
    void accept(List<Change> batch) throws IOException;
  }
}
