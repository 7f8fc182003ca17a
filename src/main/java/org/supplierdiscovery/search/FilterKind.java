package org.supplierdiscovery.search;

import java.util.Optional;
import org.supplierdiscovery.catalogue.Dimension;

/**
 * How a filter value narrows its dimension, and the query parameter that carries it:
 * {@code technologyArea} (any of the values), {@code technologyArea.all} (every one),
 * {@code technologyArea.not} (none of them).
 */
public enum FilterKind {
  ANY(""), ALL(".all"), NOT(".not");

  private final String suffix;

  FilterKind(String suffix) {
    this.suffix = suffix;
  }

  public String param(Dimension dimension) {
    return dimension.param() + suffix;
  }

  /** The dimension and kind a parameter name stands for, if it is a filter parameter. */
  public static Optional<Filter> ofParam(String param) {
    for (FilterKind kind : values()) {
      if (kind != ANY && param.endsWith(kind.suffix)) {
        return Dimension.fromParam(param.substring(0, param.length() - kind.suffix.length()))
            .map(d -> new Filter(d, kind));
      }
    }
    return Dimension.fromParam(param).map(d -> new Filter(d, ANY));
  }

  /** A dimension with a kind of filter on it. */
  public record Filter(Dimension dimension, FilterKind kind) {
    public String param() {
      return kind.param(dimension);
    }
  }
}
