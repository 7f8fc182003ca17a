package org.supplierdiscovery.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.search.FacetValue;
import org.supplierdiscovery.search.Hit;
import org.supplierdiscovery.search.InvalidRequestException;
import org.supplierdiscovery.search.MatchedConcept;
import org.supplierdiscovery.search.SearchRequest;
import org.supplierdiscovery.search.SearchResponse;
import org.supplierdiscovery.search.SortOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code search "NEED"}: a ranked table of suppliers with the reasons, then facet counts. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Search the catalogue for a need. Reads the"
    + " last commit of the index without locking it, so it works beside a running server.")
final class SearchCommand implements java.util.concurrent.Callable<Integer> {
  @Spec
  CommandSpec spec;
  @Mixin
  EngineOptions engine;

  @Parameters(index = "0", arity = "0..1", paramLabel = "TEXT", description = "The need, in your own words.")
  String text = "";

  @Option(names = {"-f",
      "--filter"}, paramLabel = "DIM=VALUE", description = "Narrow by a facet value, e.g. technologyArea=Wearables; repeatable.")
  List<String> filters = new ArrayList<>();

  @Option(names = "--as-typed", description = "Search the words exactly as typed, with no spelling correction.")
  boolean asTyped;

  @Option(names = "--sort", paramLabel = "ORDER", description = "relevance, name or listed (default: ${DEFAULT-VALUE}).")
  String sort = "relevance";

  @Option(names = "--page", description = "Page, from 1 (default: ${DEFAULT-VALUE}).")
  int page = 1;

  @Option(names = "--size", description = "Results per page, 1-100 (default: ${DEFAULT-VALUE}).")
  int size = 10;

  @Override
  public Integer call() throws Exception {
    SearchRequest corrected = new SearchRequest(text, parseFilters(), parseSort(), page, size);
    SearchRequest request = asTyped ? corrected.typedAsIs() : corrected;
    try (Engine e = Engine.openReadOnly(engine.config, engine.index)) {
      print(e.search().search(request), spec.commandLine().getOut());
    }
    return 0;
  }

  private SortOrder parseSort() {
    return SortOrder.fromLabel(sort)
        .orElseThrow(() -> new InvalidRequestException("--sort", "must be one of " + SortOrder.labels()));
  }

  private Map<Dimension, List<String>> parseFilters() {
    Map<Dimension, List<String>> out = new EnumMap<>(Dimension.class);
    for (String f : filters) {
      int eq = f.indexOf('=');
      Dimension d = eq < 0 ? null : Dimension.fromParam(f.substring(0, eq)).orElse(null);
      if (d == null) {
        throw new InvalidRequestException(
            "--filter", "'" + f + "' must be DIM=VALUE with DIM one of "
                + List.of(Dimension.values()).stream().map(Dimension::param).toList());
      }
      out.computeIfAbsent(d, k -> new ArrayList<>()).add(f.substring(eq + 1));
    }
    return out;
  }

  static void print(SearchResponse r, PrintWriter out) {
    out.printf("%d suppliers for \"%s\" (page %d, %d ms, catalogue generation %d)%n", r.total(), r.query(), r.page(),
        r.tookMs(), r.generation());
    if (!r.concepts().isEmpty()) {
      out.println("Need read as: "
          + String.join(", ", r.concepts().stream().map(c -> c.concept() + " (" + c.kind() + ")").toList()));
    }
    if (!r.searched().equals(r.query())) {
      out.println("Showing results for: " + r.searched() + " (search instead for the words as typed with --as-typed)");
    } else if (r.didYouMean() != null) {
      out.println("Did you mean: " + r.didYouMean());
    }
    out.println();
    out.printf("%-4s %-34s %7s %-8s %s%n", "#", "Supplier", "Score", "Covers", "Matched concepts");
    int rank = (r.page() - 1) * r.size();
    for (Hit h : r.hits()) {
      out.printf(
          "%-4d %-34s %7s %-8s %s%n", ++rank, cut(h.name(), 34),
          h.score() == null ? "-" : String.format("%.2f", h.score()),
          h.matched().size() + "/" + h.conceptsTotal(),
          String.join(", ", h.matched().stream().map(MatchedConcept::concept).toList())
              + (h.context().isEmpty()
                  ? ""
                  : " (context: " + String.join(", ", h.context().stream().map(MatchedConcept::concept).toList())
                      + ")"));
    }
    if (r.relaxed() != null) {
      out.printf("%nNo supplier matches all of the need; %d results for \"%s\" (%s: %s):%n", r.relaxed().total(),
          r.relaxed().query(), r.relaxed().step(), r.relaxed().reason());
      r.relaxed().hits().forEach(h -> out.println("  " + h.name()));
    }
    r.dropFilters().forEach(d -> out.printf("Without %s=%s: %d results%n", d.dimension(), d.value(), d.total()));
    r.includeStatus().forEach(s -> out.printf("With %s listings included: %d results (%s)%n", s.status(), s.total(),
        String.join(", ", s.reasons().stream().map(c -> c.label() + " " + c.total()).toList())));
    r.namedSuppliers().forEach(n -> out.printf("Supplier named \"%s\" (%s): %s%n", n.name(), n.id(),
        String.join(", ", n.listings().stream()
            .map(l -> l.framework() + " " + l.status() + (l.reasonLabel() == null ? "" : ": " + l.reasonLabel()))
            .toList())));
    out.println();
    r.facets().forEach((dim, values) -> printFacet(out, dim, values));
  }

  private static void printFacet(PrintWriter out, String dim, List<FacetValue> values) {
    out.println(dim + ":");
    for (FacetValue v : values) {
      out.printf("  %s %-48s %5d%n", v.selected() ? "[x]" : "[ ]", cut(v.value(), 48), v.count());
      for (FacetValue c : v.children()) {
        out.printf("      %s %-44s %5d%n", c.selected() ? "[x]" : "[ ]", cut(c.value(), 44), c.count());
      }
    }
  }

  private static String cut(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
