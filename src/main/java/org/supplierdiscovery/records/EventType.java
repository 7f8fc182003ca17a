package org.supplierdiscovery.records;

/** What a project event records; its label is what the audit trail shows. */
public enum EventType {
  CREATE("create"), RENAME("rename"), SAVE_SEARCH("save-search"), ACTIVATE("activate"), FREEZE("freeze"), CLOSE(
      "close"), RELEASE("release"), DECIDE("decide"), ALLOCATE("allocate"), OUTCOME("outcome"), DOWNLOAD("download");

  private final String label;

  EventType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
