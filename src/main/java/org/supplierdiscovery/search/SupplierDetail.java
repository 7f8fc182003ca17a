package org.supplierdiscovery.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.supplierdiscovery.catalogue.Supplier;
import org.supplierdiscovery.catalogue.SupplierJson;

/**
 * A supplier's full record as the API shows it: the catalogue record, with each listing that is not
 * active giving its reason (an expired one without a reason of its own reads as "framework expired")
 * and that reason's label.
 */
final class SupplierDetail {
  private final SupplierJson records = new SupplierJson();
  private final HitBuilder hits;

  SupplierDetail(HitBuilder hits) {
    this.hits = hits;
  }

  ObjectNode of(Supplier s) {
    ObjectNode record = records.toJson(s);
    List<HitListing> shown = hits.listings(s);
    for (int i = 0; i < shown.size(); i++) {
      HitListing l = shown.get(i);
      if (l.reason() != null) {
        ((ObjectNode) record.path("listings").get(i)).put("reason", l.reason()).put("reasonLabel", l.reasonLabel());
      }
    }
    return record;
  }
}
