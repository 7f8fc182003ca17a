package org.supplierdiscovery.replication;

import java.io.IOException;

/** The primary answered, but not as replication needs: refused the token, lost the session, sent a bad file. */
public final class ReplicationException extends IOException {
  public ReplicationException(String message) {
    super(message);
  }
}
