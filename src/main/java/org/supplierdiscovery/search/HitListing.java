package org.supplierdiscovery.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.supplierdiscovery.catalogue.Listing;
import org.supplierdiscovery.config.ListingReason;
import org.supplierdiscovery.config.ListingReasons;

/**
 * A hit's place on one framework, as the API shows it: status by its label, the date as ISO text and,
 * for a listing that is not active, the reason's code and the label buyers read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HitListing(String framework, String lot, String status, String since, String reason, String reasonLabel) {
  static HitListing of(Listing l, ListingReasons reasons) {
    String code = l.shownReason();
    String label = code == null ? null : reasons.find(code).map(ListingReason::label).orElse(code);
    return new HitListing(l.framework(), l.lot(), l.status().label(), l.since().toString(), code, label);
  }
}
