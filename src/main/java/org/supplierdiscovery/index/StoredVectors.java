package org.supplierdiscovery.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.supplierdiscovery.semantic.SupplierVectors;

/**
 * The vectors a committed view of the catalogue already holds, so a supplier whose embedded text has
 * not changed (a re-index, a layout upgrade, a load of the same records) keeps its vector rather than
 * being embedded again. A vector is given only for the live document of that supplier whose text
 * fingerprint is the one asked for. Safe to call from many threads while the view is held.
 */
final class StoredVectors implements SupplierVectors.Known {
  private static final Set<String> FINGERPRINT = Set.of(SupplierVectors.FINGERPRINT);

  private final IndexReader reader;

  StoredVectors(IndexReader reader) {
    this.reader = reader;
  }

  @Override
  public float[] vector(String id, byte[] fingerprint) {
    try {
      BytesRef key = new BytesRef(id);
      for (LeafReaderContext leaf : reader.leaves()) {
        int doc = live(leaf.reader(), key);
        if (doc != DocIdSetIterator.NO_MORE_DOCS) {
          return vector(leaf.reader(), doc, fingerprint);
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int live(LeafReader leaf, BytesRef id) throws IOException {
    Terms terms = leaf.terms(IndexFields.ID);
    if (terms == null) {
      return DocIdSetIterator.NO_MORE_DOCS;
    }
    TermsEnum te = terms.iterator();
    if (!te.seekExact(id)) {
      return DocIdSetIterator.NO_MORE_DOCS;
    }
    Bits liveDocs = leaf.getLiveDocs();
    PostingsEnum docs = te.postings(null, PostingsEnum.NONE);
    for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
      if (liveDocs == null || liveDocs.get(d)) {
        return d;
      }
    }
    return DocIdSetIterator.NO_MORE_DOCS;
  }

  private static float[] vector(LeafReader leaf, int doc, byte[] fingerprint) throws IOException {
    Document stored = leaf.storedFields().document(doc, FINGERPRINT);
    BytesRef was = stored.getBinaryValue(SupplierVectors.FINGERPRINT);
    if (was == null || !Arrays.equals(BytesRef.deepCopyOf(was).bytes, fingerprint)) {
      return null;
    }
    float[] vector = SupplierVectors.stored(leaf, doc);
    return vector == null ? null : vector.clone();
  }
}
