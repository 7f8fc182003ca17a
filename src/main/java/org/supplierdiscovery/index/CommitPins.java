package org.supplierdiscovery.index;

import java.io.IOException;

/** Keeps chosen catalogue commits on disk, across restarts, so they can be searched again later. */
public interface CommitPins {
  /** A pinned commit: its Lucene generation (to open it again) and the catalogue generation it holds. */
  record Pinned(long commitGeneration, long generation) {}

  /** Pins the last commit, so it can be searched again later exactly as it is now. */
  Pinned pin() throws IOException;

  /** Releases one pin of a commit (a commit pinned twice needs two); its files go once none is left. */
  void unpin(long commitGeneration) throws IOException;

  /**
   * A read replica's: it writes no index, so it pins nothing (its project routes send buyers to the
   * primary before anything is frozen) and has nothing to release.
   */
  CommitPins NONE = new CommitPins() {
    @Override
    public Pinned pin() {
      throw new IllegalStateException("a read replica pins no commits; projects are frozen on the primary");
    }

    @Override
    public void unpin(long commitGeneration) {}
  };
}
