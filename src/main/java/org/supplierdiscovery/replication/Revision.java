package org.supplierdiscovery.replication;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.supplierdiscovery.index.CatalogueIndex;

/**
 * One commit of the primary's index as replicas see it: {@code version} is Lucene's commit generation
 * (the N of {@code segments_N}, the same on a replica that copied it), {@code generation} the catalogue
 * generation searches report, {@code fingerprint} the primary's configuration, and every file of the
 * commit. The commit point file comes last.
 */
public record Revision(
    long version, long generation, String committedAt, String fingerprint, List<RevisionFile> files) {
  public Revision {
    files = List.copyOf(files);
  }

  /** Describes {@code commit}, reading each file's checksum from its footer (a few bytes per file). */
  static Revision of(IndexCommit commit, Directory directory, String fingerprint) throws IOException {
    List<RevisionFile> described = new ArrayList<>();
    RevisionFile commitPoint = null;
    for (String name : commit.getFileNames()) {
      try (IndexInput in = directory.openInput(name, IOContext.READONCE)) {
        RevisionFile f = new RevisionFile(name, in.length(), CodecUtil.retrieveChecksum(in));
        if (name.equals(commit.getSegmentsFileName())) {
          commitPoint = f;
        } else {
          described.add(f);
        }
      }
    }
    described.sort((a, b) -> a.name().compareTo(b.name()));
    described.add(commitPoint);
    String generation = commit.getUserData().getOrDefault(CatalogueIndex.GENERATION, "0");
    return new Revision(commit.getGeneration(), Long.parseLong(generation),
        commit.getUserData().getOrDefault(CatalogueIndex.COMMITTED_AT, ""), fingerprint, described);
  }

  /** The file named {@code name}, if the revision holds it. */
  RevisionFile file(String name) {
    return files.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
  }
}
