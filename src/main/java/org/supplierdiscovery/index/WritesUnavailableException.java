package org.supplierdiscovery.index;

import java.io.IOException;

/** Changes cannot be written just now; nothing of the refused change was kept. Searches still work. */
public final class WritesUnavailableException extends IOException {
  private static final long serialVersionUID = 1L;
  private final transient WriteFault fault;

  WritesUnavailableException(WriteFault fault, Throwable cause) {
    super(fault.cause(), cause);
    this.fault = fault;
  }

  public WriteFault fault() {
    return fault;
  }
}
