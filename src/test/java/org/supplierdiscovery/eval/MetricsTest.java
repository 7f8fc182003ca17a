package org.supplierdiscovery.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {
  private static final Map<String, Integer> GRADES = Map.of("a", 3, "b", 2, "c", 1);

  @Test
  void idealOrderScoresOne() {
    assertEquals(1.0, Metrics.ndcg(List.of("a", "b", "c", "x"), GRADES, 10), 1e-9);
  }

  @Test
  void ndcgDiscountsByRank() {
    // DCG = 3/log2(2) + 7/log2(3); IDCG = 7 + 3/log2(3) + 1/log2(4)
    double dcg = 3 + 7 / (Math.log(3) / Math.log(2));
    double idcg = 7 + 3 / (Math.log(3) / Math.log(2)) + 0.5;
    assertEquals(dcg / idcg, Metrics.ndcg(List.of("b", "a"), GRADES, 10), 1e-9);
    assertEquals(0.0, Metrics.ndcg(List.of("x"), GRADES, 10), 1e-9);
    assertEquals(0.0, Metrics.ndcg(List.of("b", "a"), GRADES, 0), 1e-9);
  }

  @Test
  void reciprocalRankAndRecall() {
    assertEquals(1 / 3.0, Metrics.reciprocalRank(List.of("x", "y", "c"), GRADES), 1e-9);
    assertEquals(0.0, Metrics.reciprocalRank(List.of("x"), GRADES), 1e-9);
    assertEquals(2 / 3.0, Metrics.recall(List.of("a", "x", "c"), GRADES, 50), 1e-9);
    assertEquals(1 / 3.0, Metrics.recall(List.of("a", "x", "c"), GRADES, 2), 1e-9);
  }
}
