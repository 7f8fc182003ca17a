package org.supplierdiscovery.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Maps a relevance score s to {@code base + s / (s + k)}, whose relevance part stays below 1. A
 * concept's weight counts for covering it; how well it is covered can add at most one more unit, so
 * one rare word cannot outrank a supplier that covers more of the need.
 *
 * <p>The map only ever rises with s, so the wrapped query's score bounds map to bounds of this one,
 * and a competitive score maps back to the least inner score that could reach it: a top-hits search
 * may skip what cannot make the page (max-score), as it could on the bare query.
 */
final class SaturatedScore extends Query {
  private final Query query;
  private final double base;
  private final double k;

  private SaturatedScore(Query query, double base, double k) {
    this.query = Objects.requireNonNull(query);
    this.base = base;
    this.k = k;
  }

  /** Scores a match {@code base + s / (s + k)}. */
  static Query wrap(Query query, double base, double k) {
    return new SaturatedScore(query, base, k);
  }

  double mapped(double s) {
    return base + s / (s + k);
  }

  /**
   * The least inner score whose mapped score, times {@code boost}, could round to {@code minScore} or
   * more: lowered by the float's rounding and a margin, so nothing competitive is ever skipped; 0
   * (skip nothing) where the bound says little, near the base and near the top of the range.
   */
  float innerMinimum(float minScore, float boost) {
    double part = (minScore - 2 * (double) Math.ulp(minScore)) / boost - base;
    if (part <= 0 || part >= 1 - 1e-4) {
      return 0f;
    }
    double s = k * part / (1 - part) * (1 - 1e-5);
    return Math.max(0f, Math.nextDown((float) s));
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = query.rewrite(searcher);
    return rewritten.equals(query) ? this : new SaturatedScore(rewritten, base, k);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    Weight inner = query.createWeight(searcher, scoreMode, 1f);
    if (!scoreMode.needsScores()) {
      return inner;
    }
    return new FilterWeight(this, inner) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        ScorerSupplier supplier = in.scorerSupplier(context);
        if (supplier == null) {
          return null;
        }
        return new ScorerSupplier() {
          @Override
          public Scorer get(long leadCost) throws IOException {
            return new Saturated(supplier.get(leadCost), boost);
          }

          @Override
          public long cost() {
            return supplier.cost();
          }

          @Override
          public void setTopLevelScoringClause() throws IOException {
            supplier.setTopLevelScoringClause();
          }
        };
      }

      @Override
      public Explanation explain(LeafReaderContext context, int doc) throws IOException {
        Explanation e = in.explain(context, doc);
        if (!e.isMatch()) {
          return e;
        }
        return Explanation.match((float) (boost * mapped(e.getValue().doubleValue())),
            "product of boost " + boost + " and " + base + " + s / (s + " + k + ")", e);
      }
    };
  }

  /** The wrapped scorer, its scores and bounds mapped. */
  private final class Saturated extends Scorer {
    private final Scorer in;
    private final float boost;

    Saturated(Scorer in, float boost) {
      this.in = in;
      this.boost = boost;
    }

    @Override
    public float score() throws IOException {
      return (float) (boost * mapped(in.score()));
    }

    @Override
    public int docID() {
      return in.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return in.iterator();
    }

    @Override
    public TwoPhaseIterator twoPhaseIterator() {
      return in.twoPhaseIterator();
    }

    @Override
    public int advanceShallow(int target) throws IOException {
      return in.advanceShallow(target);
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
      float max = in.getMaxScore(upTo);
      // rounded up by a hair, so the bound is never below a score computed in float
      return Math.nextUp((float) (boost * (Float.isInfinite(max) ? base + 1 : mapped(max))));
    }

    @Override
    public void setMinCompetitiveScore(float minScore) throws IOException {
      if (boost > 0) {
        in.setMinCompetitiveScore(innerMinimum(minScore, boost));
      }
    }

    @Override
    public Collection<ChildScorable> getChildren() {
      return List.of(new ChildScorable(in, "SATURATED"));
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    query.visit(visitor.getSubVisitor(org.apache.lucene.search.BooleanClause.Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return base + "+saturated(" + query.toString(field) + ", k=" + k + ")";
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o) && o instanceof SaturatedScore other
        && other.query.equals(query) && other.base == base && other.k == k;
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), query, base, k);
  }
}
