package org.supplierdiscovery.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.search.Baseline;
import org.supplierdiscovery.search.Hit;
import org.supplierdiscovery.search.SearchRequest;
import org.supplierdiscovery.search.SearchResponse;
import org.supplierdiscovery.search.SearchService;
import org.supplierdiscovery.search.SortOrder;

/** Runs every judged need through the engine and the two baselines, on the same index. */
public final class Evaluation {
  public static final int DEPTH = 50;

  /** The systems compared. */
  public enum Ranker {
    ENGINE("engine"), PLAIN_BM25("plain BM25 (OR)"), ALL_TERMS_AND("all terms AND");

    public final String label;

    Ranker(String label) {
      this.label = label;
    }
  }

  /** One system's answer to one need, with its scores. */
  public record Run(JudgedNeed need, Ranker system, List<String> ranked, long total) {
    public double ndcg10() {
      return Metrics.ndcg(ranked, need.judgments(), 10);
    }

    public double reciprocalRank() {
      return Metrics.reciprocalRank(ranked, need.judgments());
    }

    public double recall50() {
      return Metrics.recall(ranked, need.judgments(), DEPTH);
    }

    /** Best (grade 3) suppliers missing from the first ten. */
    public List<String> missingBest() {
      return need.judgments().entrySet().stream()
          .filter(e -> e.getValue() == 3 && !ranked.stream().limit(10).toList().contains(e.getKey()))
          .map(Map.Entry::getKey)
          .sorted()
          .toList();
    }
  }

  private final SearchService engine;
  private final Baseline baseline;

  public Evaluation(SearchService engine, Baseline baseline) {
    this.engine = engine;
    this.baseline = baseline;
  }

  public List<Run> run(List<JudgedNeed> needs) {
    List<Run> runs = new ArrayList<>();
    for (JudgedNeed need : needs) {
      SearchRequest request = request(need);
      SearchResponse r = engine.search(request);
      runs.add(new Run(need, Ranker.ENGINE, r.hits().stream().map(Hit::id).toList(), r.total()));
      Baseline.Ranking bm25 = baseline.rank(Baseline.Kind.PLAIN_BM25, request, DEPTH);
      runs.add(new Run(need, Ranker.PLAIN_BM25, bm25.ids(), bm25.total()));
      Baseline.Ranking and = baseline.rank(Baseline.Kind.ALL_TERMS_AND, request, DEPTH);
      runs.add(new Run(need, Ranker.ALL_TERMS_AND, and.ids(), and.total()));
    }
    return runs;
  }

  /** The search a judged need is run as: its words and filters, the first {@link #DEPTH} hits. */
  public static SearchRequest request(JudgedNeed need) {
    Map<Dimension, List<String>> filters = new EnumMap<>(Dimension.class);
    need.filters().forEach((k, v) -> filters.put(
        Dimension.fromParam(k).orElseThrow(() -> new IllegalArgumentException(need.id() + ": unknown dimension " + k)),
        v));
    return new SearchRequest(need.need(), filters, SortOrder.RELEVANCE, 1, DEPTH);
  }

  /** Mean metrics of one system over some needs. */
  public record Summary(int needs, double ndcg10, double mrr, double recall50, double zeroResultRate) {
    public static Summary of(List<Run> runs) {
      int n = runs.size();
      if (n == 0) {
        return new Summary(0, 0, 0, 0, 0);
      }
      return new Summary(
          n,
          runs.stream().mapToDouble(Run::ndcg10).average().orElse(0),
          runs.stream().mapToDouble(Run::reciprocalRank).average().orElse(0),
          runs.stream().mapToDouble(Run::recall50).average().orElse(0),
          runs.stream().filter(r -> r.total() == 0).count() / (double) n);
    }
  }
}
