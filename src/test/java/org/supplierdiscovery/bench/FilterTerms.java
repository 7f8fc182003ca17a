package org.supplierdiscovery.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.config.Framework;
import org.supplierdiscovery.config.Taxonomy;
import org.supplierdiscovery.index.FacetFields;
import org.supplierdiscovery.index.IndexFields;

/**
 * A need's filters as the engine means them, for the systems it is compared with: per facet field,
 * the paths any of which must match (fields AND'd). Framework, lot and status form listing paths
 * (status / framework [/ lot]) and, with no status asked for, the default (active) applies, as in the
 * engine.
 */
final class FilterTerms {
  private final Taxonomy taxonomy;
  private final List<String> defaultStatus;

  FilterTerms(Taxonomy taxonomy, List<String> defaultStatus) {
    this.taxonomy = taxonomy;
    this.defaultStatus = List.copyOf(defaultStatus);
  }

  /** Facet field (a flat dimension's parameter, or {@link IndexFields#LISTING_DIM}) to OR'd paths. */
  Map<String, List<String[]>> of(BenchQuery q) {
    Map<String, List<String[]>> groups = new LinkedHashMap<>();
    for (Dimension d : FacetFields.FLAT) {
      List<String> values = q.filters().getOrDefault(d, List.of());
      if (!values.isEmpty()) {
        groups.put(d.param(), values.stream().map(v -> new String[]{v}).toList());
      }
    }
    groups.put(IndexFields.LISTING_DIM, listingPaths(q));
    return groups;
  }

  private List<String[]> listingPaths(BenchQuery q) {
    List<String> statuses = q.filters().getOrDefault(Dimension.STATUS, defaultStatus);
    List<String> frameworks = q.filters().getOrDefault(Dimension.FRAMEWORK, List.of());
    List<String> lots = q.filters().getOrDefault(Dimension.LOT, List.of());
    List<String[]> paths = new ArrayList<>();
    for (String status : statuses) {
      if (frameworks.isEmpty() && lots.isEmpty()) {
        paths.add(new String[]{status});
      }
      for (String fw : frameworks) {
        List<String> own = taxonomy.framework(fw).map(Framework::lots).orElse(List.of());
        List<String> asked = lots.stream().filter(own::contains).toList();
        if (asked.isEmpty()) {
          paths.add(new String[]{status, fw});
        }
        asked.forEach(lot -> paths.add(new String[]{status, fw, lot}));
      }
      for (String lot : lots) {
        String fw = taxonomy.frameworkOfLot(lot).map(Framework::name).orElseThrow();
        if (!frameworks.contains(fw)) {
          paths.add(new String[]{status, fw, lot});
        }
      }
    }
    return paths;
  }

  /** A path as one keyword, as OpenSearch documents hold listings: {@code active/G-Cloud 14/Lot 2 - ...}. */
  static String keyword(String[] path) {
    return String.join("/", path);
  }
}
