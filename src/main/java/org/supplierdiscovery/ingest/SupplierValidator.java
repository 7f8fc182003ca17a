package org.supplierdiscovery.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.supplierdiscovery.catalogue.Contact;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.catalogue.Listing;
import org.supplierdiscovery.catalogue.ListingStatus;
import org.supplierdiscovery.catalogue.Product;
import org.supplierdiscovery.catalogue.Supplier;
import org.supplierdiscovery.config.Framework;
import org.supplierdiscovery.config.ListingReasons;
import org.supplierdiscovery.config.Taxonomy;

/**
 * Checks one catalogue record against the format and the taxonomy. Files at load time and the admin API
 * use this same code, so a record is accepted or rejected for the same reasons everywhere.
 */
public final class SupplierValidator {
  public static final int MAX_SUMMARY = 600;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final Pattern URL = Pattern.compile("https?://[^\\s/$.?#][^\\s]*");
  private static final Set<String> FIELDS = Set.of(
      "id", "name", "summary", "description", "website", "sme", "regions", "technologyAreas",
      "capabilities", "pathways", "standards", "listings", "products", "deployments", "updated", "contact");

  private final Taxonomy taxonomy;
  private final ListingReasons reasons;

  public SupplierValidator(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
    this.reasons = taxonomy.listingReasons();
  }

  public Validation validate(JsonNode node) {
    if (node == null || !node.isObject()) {
      return Validation.invalid(null, List.of(new FieldError("record", "must be a JSON object")));
    }
    Fields f = new Fields(node);
    node.fieldNames()
        .forEachRemaining(
            name -> {
              if (!FIELDS.contains(name)) {
                f.error(name, "unknown field; allowed fields are " + new java.util.TreeSet<>(FIELDS));
              }
            });
    String id = f.text("id", true, 64);
    if (id != null && !ID.matcher(id).matches()) {
      f.error("id", "must be 1-64 letters, digits, '-', '_' or '.'");
    }
    String name = f.text("name", true, 300);
    String summary = f.text("summary", true, MAX_SUMMARY);
    String description = f.longText("description", false, 20_000);
    String website = f.text("website", false, 2_000);
    if (website != null && !URL.matcher(website).matches()) {
      f.error("website", "must be an http or https URL");
    }
    Boolean sme = f.bool("sme");
    List<String> regions = f.values("regions", Dimension.REGION, taxonomy, false);
    List<String> areas = f.values("technologyAreas", Dimension.TECHNOLOGY_AREA, taxonomy, true);
    List<String> capabilities = f.values("capabilities", Dimension.CAPABILITY, taxonomy, false);
    List<String> pathways = f.values("pathways", Dimension.PATHWAY, taxonomy, false);
    List<String> standards = f.values("standards", Dimension.STANDARD, taxonomy, false);
    List<Listing> listings = listings(f, node.get("listings"));
    List<Product> products = products(f, node.get("products"));
    Integer deployments = f.count("deployments");
    LocalDate updated = f.date("updated", node.get("updated"));
    Contact contact = ContactFields.read(f, node.get("contact"));
    String reportedId = id != null ? id : node.path("id").asText(null);
    if (f.hasErrors()) {
      return Validation.invalid(reportedId, f.errors());
    }
    return Validation.valid(
        new Supplier(
            id, name, summary, description, website, sme, regions, areas, capabilities, pathways,
            standards, listings, products, deployments, updated, contact));
  }

  private List<Listing> listings(Fields f, JsonNode array) {
    List<Listing> listings = new ArrayList<>();
    if (array == null || !array.isArray() || array.isEmpty()) {
      f.error("listings", "must list at least one framework listing");
      return listings;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < array.size(); i++) {
      String at = "listings[" + i + "]";
      JsonNode l = array.get(i);
      if (!l.isObject()) {
        f.error(at, "must be an object with framework, lot, status, since and reason");
        continue;
      }
      f.unknown(at, l, Set.of("framework", "lot", "status", "since", "reason"));
      String fw = Fields.string(l.get("framework"));
      String lot = Fields.string(l.get("lot"));
      var framework = fw == null ? null : taxonomy.framework(fw).orElse(null);
      if (framework == null) {
        f.error(at + ".framework", "must be one of " + taxonomy.values(Dimension.FRAMEWORK));
      } else {
        checkLot(f, at, framework, lot);
      }
      String st = Fields.string(l.get("status"));
      ListingStatus status = st == null ? null : ListingStatus.fromLabel(st).orElse(null);
      if (status == null) {
        f.error(at + ".status", "must be one of " + ListingStatus.labels());
      }
      LocalDate since = f.date(at + ".since", l.get("since"));
      if (since == null && !l.has("since")) {
        f.error(at + ".since", "is required (YYYY-MM-DD)");
      }
      if (!seen.add(fw + "\u0000" + lot)) {
        f.error(at, "duplicate listing for " + fw + (lot == null ? "" : " / " + lot));
      }
      String reason = status == null ? null : reason(f, at, status, l.get("reason"));
      if (framework != null && status != null && since != null) {
        listings.add(new Listing(fw, lot, status, since, reason));
      }
    }
    return listings;
  }

  /**
   * A suspended or removed listing says why, with a code from {@code listing-reasons.json}; an expired one
   * may (without one it reads as its framework having expired); an active one has no reason to give.
   */
  private String reason(Fields f, String at, ListingStatus status, JsonNode value) {
    String field = at + ".reason";
    boolean given = value != null && !value.isNull();
    if (status == ListingStatus.ACTIVE) {
      if (given) {
        f.error(field, "an active listing has no reason; give one only when it is suspended, removed or expired");
      }
      return null;
    }
    String code = Fields.string(value);
    if (!given && status == ListingStatus.EXPIRED) {
      return null;
    }
    if (code == null || reasons.find(code).isEmpty()) {
      f.error(field, (given ? "" : "is required for a " + status.label() + " listing; ") + "must be one of "
          + reasons.codes());
      return null;
    }
    return code;
  }

  private static void checkLot(Fields f, String at, Framework framework, String lot) {
    if (framework.hasLots() && (lot == null || !framework.lots().contains(lot))) {
      f.error(at + ".lot", "must be one of " + framework.lots() + " for " + framework.name());
    } else if (!framework.hasLots() && lot != null) {
      f.error(at + ".lot", framework.name() + " has no lots");
    }
  }

  private static List<Product> products(Fields f, JsonNode array) {
    List<Product> products = new ArrayList<>();
    if (array == null || array.isNull()) {
      return products;
    }
    if (!array.isArray()) {
      f.error("products", "must be a list of {name, description}");
      return products;
    }
    for (int i = 0; i < array.size(); i++) {
      String at = "products[" + i + "]";
      JsonNode p = array.get(i);
      if (!p.isObject()) {
        f.error(at, "must be an object with name and description");
        continue;
      }
      f.unknown(at, p, Set.of("name", "description"));
      String name = Fields.string(p.get("name"));
      if (name == null || name.isBlank()) {
        f.error(at + ".name", "is required");
        continue;
      }
      String checkedName = f.checked(at + ".name", name, false);
      JsonNode given = p.get("description");
      if (given != null && !given.isNull() && !given.isTextual()) {
        f.error(at + ".description", "must be a string");
        continue;
      }
      String description = Fields.string(given);
      String checkedDescription = description == null ? null : f.checked(at + ".description", description, true);
      if (checkedName != null && (description == null || checkedDescription != null)) {
        products.add(new Product(checkedName, checkedDescription));
      }
    }
    return products;
  }

  static LocalDate parseDate(String text) {
    try {
      return text != null && text.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(text) : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
