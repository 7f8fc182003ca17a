package org.supplierdiscovery.index;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.Locale;
import java.util.Objects;

/** Why the catalogue cannot take changes just now, in the operator's words. */
public record WriteFault(Kind kind, String cause) {
  /** The faults an operator fixes differently. */
  public enum Kind {
    /** The disk under the index is full. */
    NO_SPACE,
    /** The file system under the index is mounted read-only. */
    READ_ONLY,
    /** The process may not write the index files. */
    PERMISSION,
    /** Any other input or output failure. */
    IO
  }

  public WriteFault {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(cause, "cause");
  }

  /** Reads the kind of fault from an exception and the exceptions that caused it. */
  static WriteFault of(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String text = t instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : t.getMessage();
      String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
      if (lower.contains("no space left") || lower.contains("disk quota exceeded")) {
        return new WriteFault(Kind.NO_SPACE, "no space left on the disk holding the index");
      }
      if (lower.contains("read-only file system")) {
        return new WriteFault(Kind.READ_ONLY, "the file system holding the index is read-only");
      }
      if (t instanceof AccessDeniedException denied) {
        return new WriteFault(Kind.PERMISSION, "permission denied writing " + denied.getFile());
      }
    }
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return new WriteFault(Kind.IO, "cannot write the index: " + root.getMessage());
  }
}
