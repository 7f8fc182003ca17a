package org.supplierdiscovery.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Shortlisted suppliers side by side, read from their frozen records: for each dimension (technology
 * area, capability, pathway, standard, region, listings, products) the values of each supplier in the
 * order compared, and the values they all share. Read from the JSON as frozen, so a record frozen in an
 * earlier format still compares.
 */
public record Comparison(List<Compared> suppliers, List<Dimension> dimensions) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public Comparison {
    suppliers = List.copyOf(suppliers);
    dimensions = List.copyOf(dimensions);
  }

  /** A supplier compared: its place in the frozen list, id and name. */
  public record Compared(int place, String id, String name) {}

  /** One dimension across the suppliers: {@code values} holds one list per supplier, in their order. */
  public record Dimension(String dimension, List<List<String>> values, List<String> shared) {
    public Dimension {
      values = values.stream().map(List::copyOf).toList();
      shared = List.copyOf(shared);
    }
  }

  static Comparison of(List<FrozenSupplier> frozen) {
    List<JsonNode> records = frozen.stream().map(Comparison::tree).toList();
    List<Compared> compared = new ArrayList<>();
    for (int i = 0; i < frozen.size(); i++) {
      compared.add(new Compared(frozen.get(i).place(), frozen.get(i).id(), records.get(i).path("name").asText()));
    }
    List<Dimension> dimensions = List.of(
        dimension("technologyArea", records, r -> texts(r.path("technologyAreas"), Comparison::text)),
        dimension("capability", records, r -> texts(r.path("capabilities"), Comparison::text)),
        dimension("pathway", records, r -> texts(r.path("pathways"), Comparison::text)),
        dimension("standard", records, r -> texts(r.path("standards"), Comparison::text)),
        dimension("region", records, r -> texts(r.path("regions"), Comparison::text)),
        dimension("listing", records, r -> texts(r.path("listings"), Comparison::listing)),
        dimension("product", records, r -> texts(r.path("products"), p -> p.path("name").asText())));
    return new Comparison(compared, dimensions);
  }

  private static Dimension dimension(String name, List<JsonNode> records, Function<JsonNode, List<String>> values) {
    List<List<String>> each = records.stream().map(values).toList();
    Set<String> shared = new LinkedHashSet<>(each.isEmpty() ? List.of() : each.getFirst());
    each.forEach(shared::retainAll);
    return new Dimension(name, each, List.copyOf(shared));
  }

  private static List<String> texts(JsonNode array, Function<JsonNode, String> text) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(text.apply(n)));
    return out;
  }

  private static String text(JsonNode n) {
    return n.asText();
  }

  /** "Framework / Lot (status)", or without the lot where the framework has none. */
  private static String listing(JsonNode l) {
    String lot = l.path("lot").isTextual() ? " / " + l.path("lot").asText() : "";
    return l.path("framework").asText() + lot + " (" + l.path("status").asText() + ")";
  }

  private static JsonNode tree(FrozenSupplier s) {
    try {
      return JSON.readTree(s.record());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a frozen record is the JSON the catalogue stored", e);
    }
  }
}
