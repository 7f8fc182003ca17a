package org.supplierdiscovery.search;

import java.util.List;
import org.apache.lucene.index.Term;

/**
 * What one facet dimension asks of a supplier, as drill-down terms: at least one term of every
 * group, and none of the excluded terms. Any-of values are one group; each required value is a group
 * of its own.
 */
public record DimensionFilter(List<List<Term>> groups, List<Term> excluded) {
  public DimensionFilter {
    groups = groups.stream().map(List::copyOf).toList();
    excluded = List.copyOf(excluded);
  }

  public boolean isEmpty() {
    return groups.isEmpty() && excluded.isEmpty();
  }
}
