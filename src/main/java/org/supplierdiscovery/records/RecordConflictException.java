package org.supplierdiscovery.records;

/**
 * A change the project's present state does not allow (already frozen, closed, too many suppliers to
 * freeze, a supplier not in the frozen list): the request was well formed, the project must change first.
 */
public final class RecordConflictException extends RuntimeException {
  private final String field;

  public RecordConflictException(String field, String detail) {
    super(detail, null, false, false);
    this.field = field;
  }

  /** The part of the request or project the conflict is about. */
  public String field() {
    return field;
  }
}
