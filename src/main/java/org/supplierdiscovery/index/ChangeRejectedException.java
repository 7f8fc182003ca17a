package org.supplierdiscovery.index;

/**
 * The index cannot hold this change as given (a value its fields refuse); nothing of the write it
 * came in was kept.
 */
public final class ChangeRejectedException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String supplierId;

  ChangeRejectedException(String supplierId, Throwable cause) {
    super("supplier '" + supplierId + "' cannot be indexed: " + cause.getMessage(), cause);
    this.supplierId = supplierId;
  }

  public String supplierId() {
    return supplierId;
  }
}
