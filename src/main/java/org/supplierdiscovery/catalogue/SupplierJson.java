package org.supplierdiscovery.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a supplier in the catalogue's JSON format, with fields in the documented order, and reads back
 * a record this class wrote (records from outside go through the validator instead).
 */
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
      putIfPresent(n, "reason", l.reason());
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
    if (s.contact() != null) {
      ObjectNode c = o.putObject("contact");
      putIfPresent(c, "name", s.contact().name());
      c.put("email", s.contact().email());
      putIfPresent(c, "phone", s.contact().phone());
    }
    return o;
  }

  public String toJsonString(Supplier s) {
    return toJson(s).toString();
  }

  /** A supplier from a record {@link #toJsonString} wrote, such as the one stored with its document. */
  public Supplier fromJsonString(String record) {
    try {
      JsonNode o = json.readTree(record);
      List<Listing> listings = new ArrayList<>();
      for (JsonNode l : o.path("listings")) {
        listings.add(new Listing(l.path("framework").asText(), text(l, "lot"),
            ListingStatus.fromLabel(l.path("status").asText()).orElseThrow(),
            LocalDate.parse(l.path("since").asText()), text(l, "reason")));
      }
      List<Product> products = new ArrayList<>();
      o.path("products").forEach(p -> products.add(new Product(p.path("name").asText(), text(p, "description"))));
      return new Supplier(o.path("id").asText(), o.path("name").asText(), o.path("summary").asText(),
          text(o, "description"), text(o, "website"), o.hasNonNull("sme") ? o.path("sme").asBoolean() : null,
          strings(o, "regions"), strings(o, "technologyAreas"), strings(o, "capabilities"), strings(o, "pathways"),
          strings(o, "standards"), listings, products,
          o.hasNonNull("deployments") ? o.path("deployments").asInt() : null,
          o.hasNonNull("updated") ? LocalDate.parse(o.path("updated").asText()) : null,
          o.hasNonNull("contact") ? contact(o.path("contact")) : null);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored record is not JSON", e);
    }
  }

  private static Contact contact(JsonNode c) {
    return new Contact(text(c, "name"), c.path("email").asText(), text(c, "phone"));
  }

  private static String text(JsonNode o, String field) {
    return o.hasNonNull(field) ? o.path(field).asText() : null;
  }

  private static List<String> strings(JsonNode o, String field) {
    List<String> out = new ArrayList<>();
    o.path(field).forEach(v -> out.add(v.asText()));
    return out;
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
