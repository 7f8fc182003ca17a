package org.supplierdiscovery.cli;

import java.io.IOException;
import java.nio.file.Path;

/** Another process, usually a running server, holds the index for writing. */
final class IndexInUseException extends IOException {
  private static final long serialVersionUID = 1L;

  IndexInUseException(Path dir, Throwable cause) {
    super("the index " + dir + " is in use by another process, most likely a running server. Stop the server"
        + " first, or send the changes to it: curl -X POST http://HOST:PORT/api/suppliers/_bulk -H"
        + " \"Authorization: Bearer $SUPPLIER_DISCOVERY_ADMIN_TOKEN\" -H 'Content-Type: application/x-ndjson'"
        + " --data-binary @FILE", cause);
  }
}
