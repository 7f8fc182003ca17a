package org.supplierdiscovery.records;

/** A search to freeze did not finish within the time limit, so its list would be incomplete; nothing was kept. */
public final class SearchIncompleteException extends RuntimeException {
  public SearchIncompleteException(String detail) {
    super(detail, null, false, false);
  }
}
