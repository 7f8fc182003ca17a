package org.supplierdiscovery.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.supplierdiscovery.catalogue.Supplier;
import org.supplierdiscovery.semantic.SentenceEmbedder;
import org.supplierdiscovery.semantic.SupplierVectors;

/**
 * Says for each hit what the need's meaning did for it, from what the engine ran: the concepts read by
 * meaning that matched (found by {@link HitExplainer}), and whether the nearest-suppliers clause of the
 * very query that ranked it matches it, with the cosine of its vector to the need's.
 */
final class MeaningExplainer {
  private final List<LeafReaderContext> leaves;
  private final NeedMeaning meaning;
  private final Weight nearest;
  private final List<String> nearestBy;

  MeaningExplainer(IndexSearcher searcher, NeedMeaning meaning, List<String> nearestBy) throws IOException {
    this.leaves = searcher.getIndexReader().leaves();
    this.meaning = meaning;
    this.nearest = meaning.nearest() == null
        ? null
        : searcher.createWeight(meaning.nearest(), ScoreMode.COMPLETE_NO_SCORES, 1);
    this.nearestBy = nearestBy;
  }

  /** Null when meaning did nothing for the hit. */
  MeaningMatch explain(int doc, Supplier s, List<MatchedConcept> concepts, boolean wordsMatched)
      throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    int local = doc - leaf.docBase;
    boolean near = nearest != null && nearest.matches(leaf, local) != null;
    if (!near && concepts.isEmpty()) {
      return null;
    }
    Float similarity = near ? similarity(leaf, local) : null;
    return new MeaningMatch(concepts, similarity, near ? nearestBy : List.of(),
        near ? SupplierVectors.text(nearestBy, s) : null, !wordsMatched);
  }

  private Float similarity(LeafReaderContext leaf, int doc) throws IOException {
    float[] vector = SupplierVectors.stored(leaf.reader(), doc);
    return vector == null ? null : SentenceEmbedder.similarity(meaning.vector(), vector);
  }
}
