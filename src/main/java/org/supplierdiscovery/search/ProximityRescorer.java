package org.supplierdiscovery.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Adds the need's proximity bonus to the first {@code depth} hits of a relevance ranking and orders
 * them again, by score and then by the stable hash of the id as every ranking is. Hits past the depth
 * keep their order below them: a bonus only ever adds, so none of them could rise above one it
 * passed, and every page of a search is cut from the same order.
 */
final class ProximityRescorer {
  private final int depth;

  ProximityRescorer(int depth) {
    this.depth = depth;
  }

  /** How many hits a relevance search must collect so that any page is cut from the rescored order. */
  int window(int page) {
    return Math.max(page, depth);
  }

  TopDocs rescore(IndexSearcher searcher, TopDocs first, Query proximity) throws IOException {
    int n = Math.min(depth, first.scoreDocs.length);
    if (proximity == null || n == 0) {
      return first;
    }
    ScoreDoc[] head = Arrays.copyOf(first.scoreDocs, n);
    for (ScoreDoc sd : head) {
      sd.score = firstPass(sd);
    }
    ScoreDoc[] rescored = QueryRescorer.rescore(searcher, new TopDocs(first.totalHits, head), proximity, 1,
        n).scoreDocs;
    Arrays.sort(rescored, ORDER);
    for (ScoreDoc sd : rescored) {
      ((FieldDoc) sd).fields[0] = sd.score;
    }
    ScoreDoc[] all = Arrays.copyOf(rescored, first.scoreDocs.length);
    System.arraycopy(first.scoreDocs, n, all, n, first.scoreDocs.length - n);
    return new TopDocs(first.totalHits, all);
  }

  /** A sorted search records the score among the sort values, not in the hit's own score. */
  private static float firstPass(ScoreDoc sd) {
    return (Float) ((FieldDoc) sd).fields[0];
  }

  /** Score, then the id's hash ({@link Sorts}), which the first pass recorded in each hit. */
  private static final Comparator<ScoreDoc> ORDER = Comparator
      .comparingDouble((ScoreDoc sd) -> -sd.score)
      .thenComparingLong(sd -> (Long) ((FieldDoc) sd).fields[1]);
}
