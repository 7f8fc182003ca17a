package org.supplierdiscovery.catalogue;

import java.util.Arrays;
import java.util.Optional;

/**
 * The facet dimensions buyers narrow by. The parameter names are part of the HTTP contract. Lots belong
 * to frameworks; status belongs to listings, so framework, lot and status are answered together.
 */
public enum Dimension {
  TECHNOLOGY_AREA("technologyArea"), FRAMEWORK("framework"), LOT("lot"), CAPABILITY("capability"), PATHWAY(
      "pathway"), STANDARD("standard"), REGION("region"), SME("sme"), STATUS("status");

  private final String param;

  Dimension(String param) {
    this.param = param;
  }

  public String param() {
    return param;
  }

  /** True for the dimensions that describe a listing rather than the supplier as a whole. */
  public boolean isListingDimension() {
    return this == FRAMEWORK || this == LOT || this == STATUS;
  }

  public static Optional<Dimension> fromParam(String param) {
    return Arrays.stream(values()).filter(d -> d.param.equals(param)).findFirst();
  }
}
