package org.supplierdiscovery.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads {@code taxonomy.json} and checks that values are unique, lot names included. */
final class TaxonomyReader {
  private final JsonFiles json;

  TaxonomyReader(JsonFiles json) {
    this.json = json;
  }

  /** The file's shape; the public {@link Taxonomy} uses buyer-facing names. */
  record File(
      List<String> technologyArea,
      List<Framework> frameworks,
      List<String> capability,
      List<String> pathway,
      List<String> standard,
      List<String> region) {}

  Taxonomy read(Path path, ListingReasons listingReasons) {
    File file = json.bind(path, File.class);
    unique(path, "technologyArea", file.technologyArea());
    unique(path, "frameworks", file.frameworks().stream().map(Framework::name).toList());
    unique(path, "frameworks.lots", file.frameworks().stream().flatMap(f -> f.lots().stream()).toList());
    unique(path, "capability", file.capability());
    unique(path, "pathway", file.pathway());
    unique(path, "standard", file.standard());
    unique(path, "region", file.region());
    return new Taxonomy(
        file.technologyArea(),
        file.frameworks(),
        file.capability(),
        file.pathway(),
        file.standard(),
        file.region(),
        listingReasons);
  }

  private static void unique(Path path, String key, List<String> values) {
    if (values.isEmpty()) {
      throw new ConfigException(path + ": " + key + ": must list at least one value");
    }
    List<String> blank = new ArrayList<>(values.stream().filter(String::isBlank).toList());
    if (!blank.isEmpty()) {
      throw new ConfigException(path + ": " + key + ": values must not be blank");
    }
    Set<String> dups = ConfigLoader.duplicates(values);
    if (!dups.isEmpty()) {
      throw new ConfigException(path + ": " + key + ": duplicate values " + dups);
    }
  }
}
