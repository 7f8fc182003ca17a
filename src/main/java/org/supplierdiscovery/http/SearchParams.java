package org.supplierdiscovery.http;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.search.FilterKind;
import org.supplierdiscovery.search.SearchRequest;
import org.supplierdiscovery.search.SortOrder;

/**
 * Reads a search request from query parameters or a JSON body. Unknown names are refused, never
 * dropped, so a misspelt filter cannot silently widen a buyer's search.
 */
final class SearchParams {
  static final Set<String> PLAIN = Set.of("q", "sort", "page", "size", "asTyped");
  private static final Pattern ASCII_WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,1000}");

  private SearchParams() {}

  /**
   * The JSON body of POST /api/search: {@code filters} any of the values, {@code all} every one,
   * {@code not} none of them, each an object of dimension to values.
   */
  record Body(
      String q, Map<String, List<String>> filters, Map<String, List<String>> all, Map<String, List<String>> not,
      String sort, Integer page, Integer size, Boolean asTyped, Long minGeneration) {}

  /** A search read from a body, with the generation it must be answered from (0: any). */
  record Parsed(SearchRequest request, long minGeneration) {}

  static SearchRequest fromQuery(Map<String, List<String>> params) {
    List<Problem.ParameterError> errors = new ArrayList<>();
    Map<FilterKind, Map<Dimension, List<String>>> filters = new EnumMap<>(FilterKind.class);
    for (var e : params.entrySet()) {
      if (PLAIN.contains(e.getKey())) {
        if (e.getValue().size() > 1) {
          errors.add(new Problem.ParameterError(e.getKey(), "give it once"));
        }
        continue;
      }
      FilterKind.ofParam(e.getKey())
          .ifPresentOrElse(
              f -> of(filters, f.kind()).put(f.dimension(), e.getValue()),
              () -> errors.add(new Problem.ParameterError(e.getKey(), "unknown parameter; allowed are " + allowed())));
    }
    boolean typed = asTyped(first(params, "asTyped"), errors);
    SearchRequest request = build(first(params, "q"), filters, first(params, "sort"), first(params, "page"),
        first(params, "size"), errors);
    return typed ? request.typedAsIs() : request;
  }

  static SearchRequest fromBody(byte[] body) {
    return parseBody(body).request();
  }

  static Parsed parseBody(byte[] body) {
    Body b = JsonBody.read(body, Body.class);
    List<Problem.ParameterError> errors = new ArrayList<>();
    Map<FilterKind, Map<Dimension, List<String>>> filters = new EnumMap<>(FilterKind.class);
    dimensions(b.filters(), "filters", of(filters, FilterKind.ANY), errors);
    dimensions(b.all(), "all", of(filters, FilterKind.ALL), errors);
    dimensions(b.not(), "not", of(filters, FilterKind.NOT), errors);
    SearchRequest request = build(b.q(), filters, b.sort(), b.page() == null ? null : b.page().toString(),
        b.size() == null ? null : b.size().toString(), errors);
    return new Parsed(Boolean.TRUE.equals(b.asTyped()) ? request.typedAsIs() : request,
        GenerationWait.of(b.minGeneration()));
  }

  private static Map<Dimension, List<String>> of(Map<FilterKind, Map<Dimension, List<String>>> filters,
      FilterKind kind) {
    return filters.computeIfAbsent(kind, k -> new EnumMap<>(Dimension.class));
  }

  private static void dimensions(Map<String, List<String>> given, String field, Map<Dimension, List<String>> into,
      List<Problem.ParameterError> errors) {
    if (given != null) {
      given.forEach((k, v) -> Dimension.fromParam(k)
          .ifPresentOrElse(
              d -> into.put(d, v),
              () -> errors.add(
                  new Problem.ParameterError(field + "." + k, "unknown dimension; allowed are " + dimensions()))));
    }
  }

  private static SearchRequest build(
      String q, Map<FilterKind, Map<Dimension, List<String>>> filters, String sort, String page, String size,
      List<Problem.ParameterError> errors) {
    SortOrder order = SortOrder.RELEVANCE;
    if (sort != null) {
      order = SortOrder.fromLabel(sort).orElse(null);
      if (order == null) {
        errors.add(new Problem.ParameterError("sort", "must be one of " + SortOrder.labels()));
      }
    }
    int p = number("page", page, 1, errors);
    int s = number("size", size, 10, errors);
    if (!errors.isEmpty()) {
      throw ProblemException.invalid("Invalid request", errors);
    }
    return new SearchRequest(q == null ? "" : q, of(filters, FilterKind.ANY), of(filters, FilterKind.ALL),
        of(filters, FilterKind.NOT), order, p, s);
  }

  /**
   * A whole number in ASCII digits, as sent: an empty value, spaces, or digits of other scripts
   * (which Java's parser would accept) are refused rather than read as something the client did not write.
   */
  private static int number(String name, String value, int fallback, List<Problem.ParameterError> errors) {
    if (value == null) {
      return fallback;
    }
    if (!ASCII_WHOLE_NUMBER.matcher(value).matches()) {
      errors.add(new Problem.ParameterError(name, "must be a whole number in digits 0-9"));
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException tooBig) {
      return value.startsWith("-") ? Integer.MIN_VALUE : Integer.MAX_VALUE; // the range check names the limit
    }
  }

  /** {@code asTyped=true} or {@code false}, exactly; any other value is a mistake, not a guess. */
  private static boolean asTyped(String value, List<Problem.ParameterError> errors) {
    if (value != null && !value.equals("true") && !value.equals("false")) {
      errors.add(new Problem.ParameterError("asTyped", "must be true or false"));
    }
    return "true".equals(value);
  }

  private static String first(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static List<String> dimensions() {
    return List.of(Dimension.values()).stream().map(Dimension::param).toList();
  }

  private static List<String> allowed() {
    List<String> all = new ArrayList<>(List.of("q", "sort", "page", "size", "asTyped", GenerationWait.PARAM));
    all.addAll(dimensions());
    all.add("<dimension>.all");
    all.add("<dimension>.not");
    return all;
  }
}
