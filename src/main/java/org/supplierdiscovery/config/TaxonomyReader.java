package org.supplierdiscovery.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code taxonomy.json} and checks that values are unique, lot names included, and that each lot
 * marked as allocated at random is a lot of its framework.
 */
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
      List<String> region,
      Map<String, List<String>> allocatedAtRandom) {}

  Taxonomy read(Path path, ListingReasons listingReasons) {
    File file = json.bind(path, File.class);
    unique(path, "technologyArea", file.technologyArea());
    unique(path, "frameworks", file.frameworks().stream().map(Framework::name).toList());
    unique(path, "frameworks.lots", file.frameworks().stream().flatMap(f -> f.lots().stream()).toList());
    unique(path, "capability", file.capability());
    unique(path, "pathway", file.pathway());
    unique(path, "standard", file.standard());
    unique(path, "region", file.region());
    checkRandomLots(path, file);
    return new Taxonomy(
        file.technologyArea(),
        file.frameworks(),
        file.capability(),
        file.pathway(),
        file.standard(),
        file.region(),
        listingReasons,
        file.allocatedAtRandom());
  }

  private static void checkRandomLots(Path path, File file) {
    file.allocatedAtRandom().forEach((framework, lots) -> {
      String key = "allocatedAtRandom." + framework;
      List<String> own = file.frameworks().stream().filter(f -> f.name().equals(framework)).findFirst()
          .map(Framework::lots)
          .orElseThrow(() -> new ConfigException(path + ": " + key + ": no such framework in frameworks"));
      if (lots == null || lots.isEmpty()) {
        throw new ConfigException(path + ": " + key + ": must list at least one lot");
      }
      for (String lot : lots) {
        if (!own.contains(lot)) {
          throw new ConfigException(path + ": " + key + ": '" + lot + "' is not a lot of " + framework);
        }
      }
      Set<String> dups = ConfigLoader.duplicates(lots);
      if (!dups.isEmpty()) {
        throw new ConfigException(path + ": " + key + ": duplicate values " + dups);
      }
    });
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
