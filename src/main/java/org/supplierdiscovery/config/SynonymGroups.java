package org.supplierdiscovery.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the groups of a Solr-format synonym file, so that a taxonomy label's synonyms also name its
 * concept ("RPM" is the capability Remote monitoring). Lucene's own parser builds the token filter.
 */
final class SynonymGroups {
  private SynonymGroups() {}

  static List<List<String>> parse(List<String> lines) {
    List<List<String>> groups = new ArrayList<>();
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> group = new ArrayList<>();
      for (String side : line.split("=>", -1)) {
        Arrays.stream(side.split(",", -1))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .forEach(group::add);
      }
      if (group.size() > 1) {
        groups.add(List.copyOf(group));
      }
    }
    return groups;
  }
}
