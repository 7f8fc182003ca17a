package org.supplierdiscovery.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.supplierdiscovery.catalogue.Listing;

/** A hit's place on one framework, as the API shows it: status by its label, the date as ISO text. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HitListing(String framework, String lot, String status, String since) {
  static HitListing of(Listing l) {
    return new HitListing(l.framework(), l.lot(), l.status().label(), l.since().toString());
  }
}
