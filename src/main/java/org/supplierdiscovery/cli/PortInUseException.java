package org.supplierdiscovery.cli;

import java.io.IOException;

/** The port to serve on is taken. */
final class PortInUseException extends IOException {
  private static final long serialVersionUID = 1L;

  PortInUseException(String host, int port, Throwable cause) {
    super("port " + port + " on " + host + " is already in use; stop what uses it or choose another with --port",
        cause);
  }
}
