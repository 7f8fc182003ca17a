package org.supplierdiscovery.replication;

/** One file of a revision: its name in the index, its length and the CRC-32 its Lucene footer records. */
public record RevisionFile(String name, long length, long checksum) {
  public RevisionFile {
    if (name == null || name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
      throw new IllegalArgumentException("not an index file name: " + name);
    }
    if (length < 0) {
      throw new IllegalArgumentException("negative length for " + name);
    }
  }

  /** The commit point, copied last: Lucene opens the newest {@code segments_N} it finds. */
  boolean isCommitPoint() {
    return name.startsWith("segments_");
  }
}
