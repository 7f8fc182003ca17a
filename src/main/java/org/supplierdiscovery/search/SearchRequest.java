package org.supplierdiscovery.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.supplierdiscovery.catalogue.Dimension;

/**
 * A buyer's need and how to narrow and order it. Per dimension, a supplier must have at least one
 * of the {@code filters} values, every one of the {@code required} values and none of the
 * {@code excluded} ones; dimensions are AND'd. No status filter means the configured default (active
 * listings only); framework and lot conditions apply to listings of the statuses shown. With
 * {@code asTyped} the need is searched exactly as typed, never corrected.
 */
public record SearchRequest(
    String text, Map<Dimension, List<String>> filters, Map<Dimension, List<String>> required,
    Map<Dimension, List<String>> excluded, SortOrder sort, int page, int size, boolean asTyped) {

  public SearchRequest {
    text = text == null ? "" : text;
    filters = copy(filters);
    required = copy(required);
    excluded = copy(excluded);
    sort = sort == null ? SortOrder.RELEVANCE : sort;
  }

  /** Corrected where a word is unknown everywhere. */
  public SearchRequest(
      String text, Map<Dimension, List<String>> filters, Map<Dimension, List<String>> required,
      Map<Dimension, List<String>> excluded, SortOrder sort, int page, int size) {
    this(text, filters, required, excluded, sort, page, size, false);
  }

  /** Any-of filters only. */
  public SearchRequest(String text, Map<Dimension, List<String>> filters, SortOrder sort, int page, int size) {
    this(text, filters, Map.of(), Map.of(), sort, page, size);
  }

  private static Map<Dimension, List<String>> copy(Map<Dimension, List<String>> values) {
    EnumMap<Dimension, List<String>> copy = new EnumMap<>(Dimension.class);
    if (values != null) {
      values.forEach((d, v) -> {
        if (v != null && !v.isEmpty()) {
          copy.put(d, List.copyOf(v));
        }
      });
    }
    return Collections.unmodifiableMap(copy);
  }

  public static SearchRequest of(String text) {
    return new SearchRequest(text, Map.of(), SortOrder.RELEVANCE, 1, 10);
  }

  /** The any-of values of a dimension. */
  public List<String> values(Dimension dimension) {
    return filters.getOrDefault(dimension, List.of());
  }

  public List<String> required(Dimension dimension) {
    return required.getOrDefault(dimension, List.of());
  }

  public List<String> excluded(Dimension dimension) {
    return excluded.getOrDefault(dimension, List.of());
  }

  /** Whether any dimension is narrowed in any way. */
  public boolean filtered() {
    return !filters.isEmpty() || !required.isEmpty() || !excluded.isEmpty();
  }

  public SearchRequest withText(String newText) {
    return new SearchRequest(newText, filters, required, excluded, sort, page, size, asTyped);
  }

  /** The same request, searched exactly as typed. */
  public SearchRequest typedAsIs() {
    return new SearchRequest(text, filters, required, excluded, sort, page, size, true);
  }

  public SearchRequest withFilters(Map<Dimension, List<String>> newFilters) {
    return with(FilterKind.ANY, newFilters);
  }

  /** The values of one kind of filter, by dimension. */
  public Map<Dimension, List<String>> of(FilterKind kind) {
    return switch (kind) {
      case ANY -> filters;
      case ALL -> required;
      case NOT -> excluded;
    };
  }

  /** The same request with the values of one kind of filter replaced. */
  public SearchRequest with(FilterKind kind, Map<Dimension, List<String>> values) {
    return switch (kind) {
      case ANY -> new SearchRequest(text, values, required, excluded, sort, page, size, asTyped);
      case ALL -> new SearchRequest(text, filters, values, excluded, sort, page, size, asTyped);
      case NOT -> new SearchRequest(text, filters, required, values, sort, page, size, asTyped);
    };
  }

  /** The first page of the same search with other text. */
  public SearchRequest firstPageOf(String newText) {
    return new SearchRequest(newText, filters, required, excluded, sort, 1, size, asTyped);
  }
}
