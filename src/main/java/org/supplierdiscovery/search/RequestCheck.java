package org.supplierdiscovery.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.HashMap;
import java.util.List;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.config.RankingConfig;
import org.supplierdiscovery.config.Taxonomy;
import org.supplierdiscovery.search.InvalidRequestException.ParameterProblem;

/** Refuses, with every reason at once, a request that names unknown values or exceeds a limit. */
final class RequestCheck {
  private final Taxonomy taxonomy;
  private final RankingConfig.Limits limits;

  RequestCheck(Taxonomy taxonomy, RankingConfig.Limits limits) {
    this.taxonomy = taxonomy;
    this.limits = limits;
  }

  void check(SearchRequest r) {
    List<ParameterProblem> problems = new ArrayList<>();
    if (r.text().length() > limits.maxQueryChars()) {
      problems.add(new ParameterProblem("q",
          "must be at most " + limits.maxQueryChars() + " characters, was " + r.text().length()));
    } else {
      long terms = r.text().isBlank() ? 0 : r.text().strip().split("\\s+").length;
      if (terms > limits.maxQueryTerms()) {
        problems.add(new ParameterProblem("q", "must have at most " + limits.maxQueryTerms() + " terms, had " + terms));
      }
    }
    if (r.page() < 1) {
      problems.add(new ParameterProblem("page", "must be 1 or more"));
    }
    if (r.size() < 1 || r.size() > limits.maxPageSize()) {
      problems.add(new ParameterProblem("size", "must be between 1 and " + limits.maxPageSize()));
    }
    if (r.page() >= 1 && r.size() >= 1 && (long) r.page() * r.size() > limits.maxResultWindow()) {
      problems.add(
          new ParameterProblem(
              "page", "page × size must be at most " + limits.maxResultWindow() + "; narrow the search instead"));
    }
    checkFilters(r, problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
  }

  /**
   * Each filter value is a query clause, and status values multiply with framework and lot values
   * into listing clauses; Lucene refuses a query of more than 1,024 clauses. So a request may name
   * at most this many values, each once: far more than a buyer ticks, and with statuses, frameworks
   * and lots each distinct the listing clauses stay in the hundreds.
   */
  static final int MAX_FILTER_VALUES = 100;

  private void checkFilters(SearchRequest r, List<ParameterProblem> problems) {
    int count = 0;
    for (FilterKind kind : FilterKind.values()) {
      count += r.of(kind).values().stream().mapToInt(List::size).sum();
    }
    if (count > MAX_FILTER_VALUES) {
      // refused before any value is looked up, so the work done is bounded by the limit, not the request
      problems.add(new ParameterProblem("filters",
          "at most " + MAX_FILTER_VALUES + " filter values may be given, were " + count));
      return;
    }
    Map<Dimension, Map<String, FilterKind>> seen = new EnumMap<>(Dimension.class);
    for (FilterKind kind : FilterKind.values()) {
      r.of(kind).forEach((d, values) -> {
        Map<String, FilterKind> inDimension = seen.computeIfAbsent(d, x -> new HashMap<>());
        for (String v : values) {
          FilterKind earlier = inDimension.putIfAbsent(v, kind);
          if (earlier == kind) {
            problems.add(new ParameterProblem(kind.param(d), "value '" + v + "' is given more than once"));
          } else if (earlier != null) {
            problems.add(new ParameterProblem(kind.param(d), "value '" + v + "' is also given in " + earlier.param(d)));
          } else if (!taxonomy.allows(d, v)) {
            problems.add(new ParameterProblem(kind.param(d),
                "unknown value '" + v + "'; allowed values are " + taxonomy.values(d)));
          }
        }
      });
    }
  }

  int minPrefixLength() {
    return limits.minPrefixLength();
  }

}
