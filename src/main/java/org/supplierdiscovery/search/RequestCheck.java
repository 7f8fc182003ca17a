package org.supplierdiscovery.search;

import java.util.ArrayList;
import java.util.List;
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
    r.filters()
        .forEach(
            (d, values) -> values.stream()
                .filter(v -> !taxonomy.allows(d, v))
                .forEach(
                    v -> problems.add(
                        new ParameterProblem(
                            d.param(), "unknown value '" + v + "'; allowed values are " + taxonomy.values(d)))));
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
  }

  int minPrefixLength() {
    return limits.minPrefixLength();
  }

}
