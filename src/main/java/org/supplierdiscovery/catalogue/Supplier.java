package org.supplierdiscovery.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One supplier in the catalogue, as validated against the taxonomy. Field names match the JSON Lines
 * catalogue format, which is a contract with clients.
 */
public record Supplier(
    String id,
    String name,
    String summary,
    String description,
    String website,
    Boolean sme,
    List<String> regions,
    List<String> technologyAreas,
    List<String> capabilities,
    List<String> pathways,
    List<String> standards,
    List<Listing> listings,
    List<Product> products,
    Integer deployments,
    LocalDate updated,
    Contact contact) {

  public Supplier {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(summary, "summary");
    regions = copy(regions);
    technologyAreas = copy(technologyAreas);
    capabilities = copy(capabilities);
    pathways = copy(pathways);
    standards = copy(standards);
    listings = copy(listings);
    products = copy(products);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /** True when the supplier can be bought from on at least one framework. */
  public boolean hasActiveListing() {
    return listings.stream().anyMatch(l -> l.status() == ListingStatus.ACTIVE);
  }
}
