package org.supplierdiscovery.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Maps a relevance score s to s / (s + k), which stays below 1. A concept's weight counts for
 * covering it; how well it is covered can add at most one more unit, so one rare word cannot
 * outrank a supplier that covers more of the need.
 */
final class SaturatedScore extends DoubleValuesSource {
  private final double base;
  private final double k;

  private SaturatedScore(double base, double k) {
    this.base = base;
    this.k = k;
  }

  /** Scores a match {@code base + s / (s + k)}. */
  static Query wrap(Query query, double base, double k) {
    return new FunctionScoreQuery(query, new SaturatedScore(base, k));
  }

  @Override
  public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) {
    return new DoubleValues() {
      @Override
      public double doubleValue() throws IOException {
        double s = scores.doubleValue();
        return base + s / (s + k);
      }

      @Override
      public boolean advanceExact(int doc) throws IOException {
        return scores.advanceExact(doc);
      }
    };
  }

  @Override
  public boolean needsScores() {
    return true;
  }

  @Override
  public DoubleValuesSource rewrite(IndexSearcher searcher) {
    return this;
  }

  @Override
  public boolean isCacheable(LeafReaderContext ctx) {
    return true;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(k) * 31 + Double.hashCode(base);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SaturatedScore other && other.k == k && other.base == base;
  }

  @Override
  public String toString() {
    return base + "+saturated(k=" + k + ")";
  }
}
