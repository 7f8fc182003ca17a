package org.supplierdiscovery.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Writes a supplier in the catalogue's JSON format, with fields in the documented order. */
public final class SupplierJson {
  private final ObjectMapper json = JsonMapper.builder().build();

  public ObjectNode toJson(Supplier s) {
    ObjectNode o = json.createObjectNode();
    o.put("id", s.id());
    o.put("name", s.name());
    o.put("summary", s.summary());
    putIfPresent(o, "description", s.description());
    putIfPresent(o, "website", s.website());
    if (s.sme() != null) {
      o.put("sme", s.sme());
    }
    strings(o, "regions", s.regions());
    strings(o, "technologyAreas", s.technologyAreas());
    strings(o, "capabilities", s.capabilities());
    strings(o, "pathways", s.pathways());
    strings(o, "standards", s.standards());
    ArrayNode listings = o.putArray("listings");
    for (Listing l : s.listings()) {
      ObjectNode n = listings.addObject().put("framework", l.framework());
      putIfPresent(n, "lot", l.lot());
      n.put("status", l.status().label()).put("since", l.since().toString());
    }
    ArrayNode products = o.putArray("products");
    for (Product p : s.products()) {
      putIfPresent(products.addObject().put("name", p.name()), "description", p.description());
    }
    if (s.deployments() != null) {
      o.put("deployments", s.deployments());
    }
    if (s.updated() != null) {
      o.put("updated", s.updated().toString());
    }
    return o;
  }

  public String toJsonString(Supplier s) {
    return toJson(s).toString();
  }

  private static void putIfPresent(ObjectNode o, String field, String value) {
    if (value != null) {
      o.put(field, value);
    }
  }

  private static void strings(ObjectNode o, String field, List<String> values) {
    ArrayNode array = o.putArray(field);
    values.forEach(array::add);
  }
}
