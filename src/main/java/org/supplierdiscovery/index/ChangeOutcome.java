package org.supplierdiscovery.index;

/** What one change did, decided by the writer against the catalogue as it stood. */
public enum ChangeOutcome {
  CREATED, REPLACED, DELETED, NOT_FOUND
}
