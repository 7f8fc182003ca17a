package org.supplierdiscovery.replication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * Copies a revision into a replica's index directory so that a crash at any moment leaves the last
 * complete commit searchable. Files the replica lacks are fetched into a sibling {@code .incoming}
 * directory, each checked against the checksum the primary listed and synced; only then are they
 * moved into the index, the commit point ({@code segments_N}) last, so it names only files already
 * in place. Files no longer needed are deleted after; a copy cut short leaves only files no commit
 * names, which the next copy reuses or deletes.
 */
public final class RevisionCopier {
  /** Where a file of the revision comes from. */
  @FunctionalInterface
  interface FileSource {
    void copy(String name, Path target) throws IOException;
  }

  private final Path index;
  private final Path incoming;

  public RevisionCopier(Path index) {
    this.index = index.toAbsolutePath();
    this.incoming = this.index.resolveSibling(this.index.getFileName() + ".incoming");
  }

  /** True when the replica holds a complete revision to serve. */
  public boolean hasIndex() throws IOException {
    return localVersion() >= 0;
  }

  /** The commit generation (N of segments_N) the replica holds; -1 when it holds no index. */
  long localVersion() throws IOException {
    if (!Files.isDirectory(index)) {
      return -1;
    }
    try (Directory d = NIOFSDirectory.open(index)) {
      return DirectoryReader.indexExists(d) ? SegmentInfos.getLastCommitGeneration(d) : -1;
    }
  }

  /** Makes {@code revision} the replica's last commit. */
  void copy(Revision revision, FileSource source) throws IOException {
    long local = localVersion();
    if (revision.version() < local) {
      throw new ReplicationException("the primary's index is not the one this replica copied (its commit "
          + revision.version() + " is older than this replica's " + local + "); delete " + index
          + " to copy it afresh");
    }
    Files.createDirectories(index);
    IOUtils.rm(incoming);
    Files.createDirectories(incoming);
    Set<String> committed = committedFiles();
    List<RevisionFile> fetched = new ArrayList<>();
    try (Directory here = NIOFSDirectory.open(index);
        Directory there = NIOFSDirectory.open(incoming)) {
      for (RevisionFile f : revision.files()) {
        if (holds(here, f)) {
          continue;
        }
        if (committed.contains(f.name())) {
          throw new ReplicationException("the primary's index is not the one this replica copied (" + f.name()
              + " differs); delete " + index + " to copy it afresh");
        }
        source.copy(f.name(), incoming.resolve(f.name()));
        verify(there, f);
        fetched.add(f);
      }
    }
    install(fetched);
    deleteAllBut(revision.files().stream().map(RevisionFile::name).collect(Collectors.toSet()));
    IOUtils.rm(incoming);
  }

  /** The files of the replica's last commit: never overwritten, since searches and a restart rely on them. */
  private Set<String> committedFiles() throws IOException {
    try (Directory d = NIOFSDirectory.open(index)) {
      return DirectoryReader.indexExists(d) ? Set.copyOf(SegmentInfos.readLatestCommit(d).files(true)) : Set.of();
    }
  }

  /** True when the index already holds this very file (same length and footer checksum). */
  private static boolean holds(Directory d, RevisionFile f) throws IOException {
    try (IndexInput in = d.openInput(f.name(), IOContext.READONCE)) {
      return in.length() == f.length() && CodecUtil.retrieveChecksum(in) == f.checksum();
    } catch (IOException absentOrCutShort) {
      return false; // fetched (again)
    }
  }

  /** Reads the whole fetched file: its content must match its footer and the primary's listing. */
  private static void verify(Directory d, RevisionFile f) throws IOException {
    try (IndexInput in = d.openInput(f.name(), IOContext.READONCE)) {
      long checksum;
      try {
        checksum = CodecUtil.checksumEntireFile(in);
      } catch (CorruptIndexException altered) {
        throw new ReplicationException("file " + f.name() + " arrived altered: " + altered.getMessage());
      }
      if (in.length() != f.length() || checksum != f.checksum()) {
        throw new ReplicationException("file " + f.name() + " arrived with length " + in.length()
            + " and checksum " + checksum + ", expected " + f.length() + " and " + f.checksum());
      }
    }
  }

  /** Syncs the fetched files, moves them in (the commit point last), and syncs the directory after each step. */
  private void install(List<RevisionFile> fetched) throws IOException {
    for (RevisionFile f : fetched) {
      IOUtils.fsync(incoming.resolve(f.name()), false);
    }
    List<RevisionFile> commitPoints = fetched.stream().filter(RevisionFile::isCommitPoint).toList();
    moveIn(fetched.stream().filter(f -> !f.isCommitPoint()).toList());
    moveIn(commitPoints);
  }

  private void moveIn(Collection<RevisionFile> files) throws IOException {
    for (RevisionFile f : files) {
      Files.move(incoming.resolve(f.name()), index.resolve(f.name()), StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    }
    IOUtils.fsync(index, true);
  }

  /** Deletes every file of the index directory but {@code keep}; searches still open on them keep reading. */
  private void deleteAllBut(Set<String> keep) throws IOException {
    List<Path> stale;
    try (Stream<Path> files = Files.list(index)) {
      stale = files.filter(p -> Files.isRegularFile(p) && !keep.contains(p.getFileName().toString())).toList();
    }
    for (Path p : stale) {
      Files.deleteIfExists(p);
    }
  }
}
