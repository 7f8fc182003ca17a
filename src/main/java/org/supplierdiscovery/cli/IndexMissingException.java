package org.supplierdiscovery.cli;

import java.io.IOException;
import java.nio.file.Path;

/** {@code --index} names no index; reading commands never create one. */
final class IndexMissingException extends IOException {
  private static final long serialVersionUID = 1L;

  IndexMissingException(Path dir, String why) {
    super("no index at " + dir + " (" + why + "); check --index, or build one with the index command");
  }
}
