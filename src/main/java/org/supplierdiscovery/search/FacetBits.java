package org.supplierdiscovery.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.supplierdiscovery.index.FacetFields;

/**
 * One bitset per facet value and listing path in each segment, built the first time a segment is
 * searched and dropped when Lucene closes it. A request then counts a value by intersecting its
 * bitset with the request's match set, instead of reading every match's doc-value ordinals. A
 * segment never changes, so its bitsets hold until it is merged away; deleted documents stay set
 * here and are excluded by the match set, which only ever holds live documents.
 */
public final class FacetBits {
  private final Map<Object, Segment> segments = new ConcurrentHashMap<>();

  /**
   * The bitsets of one segment, from the cache while the segment lives. A segment is built once:
   * a search that asks while another (or the warm-up) builds it waits for that build.
   */
  public Segment of(LeafReader reader) throws IOException {
    IndexReader.CacheHelper core = reader.getCoreCacheHelper();
    if (core == null) {
      return Segment.build(reader);
    }
    try {
      return segments.computeIfAbsent(core.getKey(), key -> {
        try {
          Segment built = Segment.build(reader);
          core.addClosedListener(segments::remove);
          return built;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Builds the bitsets of every segment of {@code reader} not yet built. */
  public void warm(IndexReader reader) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      of(leaf.reader());
    }
  }

  /** Segments held now; for tests. */
  int cached() {
    return segments.size();
  }

  /** Every drill-down term of every facet dimension in one segment, each with its documents. */
  public record Segment(Map<BytesRef, FixedBitSet> bits, int maxDoc) {
    /** The documents of a value or listing path; null when no document of this segment has it. */
    FixedBitSet of(Term drillDownTerm) {
      return bits.get(drillDownTerm.bytes());
    }

    static Segment build(LeafReader reader) throws IOException {
      Map<BytesRef, FixedBitSet> bits = new HashMap<>();
      PostingsEnum postings = null;
      for (String dim : FacetFields.DIMS) {
        Terms terms = reader.terms(FacetFields.field(dim));
        if (terms == null) {
          continue;
        }
        TermsEnum values = terms.iterator();
        for (BytesRef value = values.next(); value != null; value = values.next()) {
          FixedBitSet docs = new FixedBitSet(reader.maxDoc());
          postings = values.postings(postings, PostingsEnum.NONE);
          docs.or(postings);
          bits.put(BytesRef.deepCopyOf(value), docs);
        }
      }
      return new Segment(Map.copyOf(bits), reader.maxDoc());
    }
  }
}
