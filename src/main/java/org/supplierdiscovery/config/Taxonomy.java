package org.supplierdiscovery.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.catalogue.ListingStatus;

/**
 * The allowed values of every facet dimension, in the order buyers see them, the reasons a listing
 * may be suspended, removed or expired, and the lots whose supplier is allocated at random (by
 * framework).
 */
public record Taxonomy(
    List<String> technologyAreas,
    List<Framework> frameworks,
    List<String> capabilities,
    List<String> pathways,
    List<String> standards,
    List<String> regions,
    ListingReasons listingReasons,
    Map<String, List<String>> allocatedAtRandom) {

  public Taxonomy {
    technologyAreas = List.copyOf(technologyAreas);
    frameworks = List.copyOf(frameworks);
    capabilities = List.copyOf(capabilities);
    pathways = List.copyOf(pathways);
    standards = List.copyOf(standards);
    regions = List.copyOf(regions);
    Objects.requireNonNull(listingReasons, "listingReasons");
    Map<String, List<String>> random = new LinkedHashMap<>();
    (allocatedAtRandom == null ? Map.<String, List<String>>of() : allocatedAtRandom)
        .forEach((framework, lots) -> random.put(framework, List.copyOf(lots)));
    allocatedAtRandom = Collections.unmodifiableMap(random);
  }

  /** Whether a supplier is allocated at random within this lot of this framework. */
  public boolean allocatedAtRandom(String framework, String lot) {
    return allocatedAtRandom.getOrDefault(framework, List.of()).contains(lot);
  }

  /** Allowed values of a dimension; lots are all lots of all frameworks. */
  public List<String> values(Dimension dimension) {
    return switch (dimension) {
      case TECHNOLOGY_AREA -> technologyAreas;
      case FRAMEWORK -> frameworks.stream().map(Framework::name).toList();
      case LOT -> frameworks.stream().flatMap(f -> f.lots().stream()).toList();
      case CAPABILITY -> capabilities;
      case PATHWAY -> pathways;
      case STANDARD -> standards;
      case REGION -> regions;
      case SME -> List.of("true", "false");
      case STATUS -> ListingStatus.labels();
    };
  }

  public boolean allows(Dimension dimension, String value) {
    return values(dimension).contains(value);
  }

  public Optional<Framework> framework(String name) {
    return frameworks.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** The framework a lot belongs to; lot names are unique across frameworks. */
  public Optional<Framework> frameworkOfLot(String lot) {
    return frameworks.stream().filter(f -> f.lots().contains(lot)).findFirst();
  }

  /** Every label buyers might type, with its dimension: the vocabulary concepts are recognised from. */
  public Map<String, Dimension> labels() {
    Map<String, Dimension> labels = new LinkedHashMap<>();
    for (Dimension d : List.of(
        Dimension.CAPABILITY,
        Dimension.PATHWAY,
        Dimension.TECHNOLOGY_AREA,
        Dimension.STANDARD,
        Dimension.FRAMEWORK,
        Dimension.LOT,
        Dimension.REGION)) {
      values(d).forEach(v -> labels.putIfAbsent(v, d));
    }
    return labels;
  }
}
