package org.supplierdiscovery.semantic;

import java.util.Arrays;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * The suppliers nearest a need in meaning: Lucene's HNSW search for the {@code k} nearest (among those
 * {@code filter} matches, when it is not null: the nearest that pass a request's filters), keeping only
 * those at least {@code minSimilarity} close (cosine), so a need close to nothing adds nothing. Each
 * kept supplier scores from 0 (just close enough) to 1 (the closest of all to this need): how close a
 * need can come to any supplier differs from need to need, and the closest should weigh the same for
 * each.
 */
public final class NearestSuppliersQuery extends KnnFloatVectorQuery {
  private final float minSimilarity;

  public NearestSuppliersQuery(float[] need, int k, float minSimilarity) {
    this(need, k, minSimilarity, null);
  }

  public NearestSuppliersQuery(float[] need, int k, float minSimilarity, Query filter) {
    super(SupplierVectors.VECTOR, need, k, filter);
    this.minSimilarity = minSimilarity;
  }

  @Override
  protected TopDocs mergeLeafResults(TopDocs[] perLeafResults) {
    TopDocs nearest = super.mergeLeafResults(perLeafResults);
    // DOT_PRODUCT scores unit vectors as (1 + cosine) / 2
    float floor = (1 + minSimilarity) / 2;
    float top = nearest.scoreDocs.length == 0 ? 1 : nearest.scoreDocs[0].score;
    float span = Math.max(top - floor, 1e-6f);
    ScoreDoc[] kept = Arrays.stream(nearest.scoreDocs)
        .filter(sd -> sd.score >= floor)
        .map(sd -> new ScoreDoc(sd.doc, Math.min(1, (sd.score - floor) / span), sd.shardIndex))
        .toArray(ScoreDoc[]::new);
    return new TopDocs(new TotalHits(kept.length, TotalHits.Relation.EQUAL_TO), kept);
  }

  @Override
  public boolean equals(Object o) {
    return super.equals(o) && ((NearestSuppliersQuery) o).minSimilarity == minSimilarity;
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + Float.hashCode(minSimilarity);
  }

  @Override
  public String toString(String field) {
    return "meaning(k=" + getK() + ", min=" + minSimilarity + ")";
  }
}
