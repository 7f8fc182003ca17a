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
}
