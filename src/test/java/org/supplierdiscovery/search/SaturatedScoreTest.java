package org.supplierdiscovery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.Test;

/**
 * The saturated score's bounds: a competitive score maps back to an inner score no higher than any
 * inner score that reaches it, so a search that skips below it never skips a hit that could make
 * the page.
 */
class SaturatedScoreTest {
  @Test
  void theInnerMinimumNeverExceedsAnInnerScoreThatReachesTheCompetitiveScore() {
    SplittableRandom random = new SplittableRandom(20261205);
    for (int i = 0; i < 100_000; i++) {
      double base = random.nextInt(4);
      double k = 0.1 + random.nextDouble() * 10;
      SaturatedScore q = (SaturatedScore) SaturatedScore.wrap(MatchAllDocsQuery.INSTANCE, base, k);
      float boost = random.nextBoolean() ? 1f : (float) (0.05 + random.nextDouble() * 3);
      float inner = (float) (random.nextDouble() * 50);
      float scored = (float) (boost * q.mapped(inner)); // as the scorer computes it
      assertTrue(q.innerMinimum(scored, boost) <= inner, () -> "inner " + inner + " scores " + scored
          + " at boost " + boost + ", whose inner minimum is " + q.innerMinimum(scored, boost));
    }
  }

  @Test
  void belowTheBaseEveryMatchCompetesAndNearTheTopNothingIsSkipped() {
    SaturatedScore q = (SaturatedScore) SaturatedScore.wrap(MatchAllDocsQuery.INSTANCE, 2, 1);
    assertEquals(0f, q.innerMinimum(1.5f, 1f));
    assertEquals(0f, q.innerMinimum(3f, 1f), "a score only an unbounded inner score reaches skips nothing");
    float half = q.innerMinimum(2.5f, 1f); // s / (s + 1) = 0.5 at s = 1
    assertTrue(half < 1f && half > 0.999f, () -> "just under 1: " + half);
  }
}
