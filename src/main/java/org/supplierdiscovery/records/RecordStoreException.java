package org.supplierdiscovery.records;

import java.sql.SQLException;

/** The record database failed; the transaction it interrupted was rolled back. */
public final class RecordStoreException extends RuntimeException {
  public RecordStoreException(SQLException cause) {
    super("the record database failed: " + cause.getMessage(), cause);
  }
}
