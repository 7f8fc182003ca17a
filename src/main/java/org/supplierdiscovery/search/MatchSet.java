package org.supplierdiscovery.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * One search's matches, segment by segment, and the filters it applies, as bitsets. Every match is
 * recorded without scores ({@link #recorder}); the page is then ranked among those that pass every
 * filter ({@link #within}), where a top-hits search may skip what cannot reach it. Facet counts are set
 * algebra: a dimension's values are counted over the matches that pass
 * every other dimension's filter (drill-sideways), each value by one bitset intersection.
 */
public final class MatchSet {
  private final List<Leaf> leaves = new ArrayList<>();
  private final List<LeafReaderContext> contexts;

  /** @param filters what each narrowed dimension asks (dimensions AND'd) */
  public MatchSet(IndexReader reader, FacetBits facetBits, Map<String, DimensionFilter> filters)
      throws IOException {
    this.contexts = reader.leaves();
    for (LeafReaderContext leaf : contexts) {
      leaves.add(new Leaf(facetBits.of(leaf.reader()), leaf.docBase, filters));
    }
  }

  /**
   * Records every match of a query, without scoring: the first of two passes, the second finding the
   * top page among the matches that pass the filters ({@link #passing}), free to skip what cannot
   * make it.
   */
  public CollectorManager<Collector, Void> recorder() {
    return new CollectorManager<>() {
      @Override
      public Collector newCollector() {
        return new Recorder(leaves);
      }

      @Override
      public Void reduce(Collection<Collector> collectors) {
        return null;
      }
    };
  }

  /** Records every live document as a match: a need that names nothing, with no document visited. */
  public void recordEveryDocument() {
    for (int i = 0; i < leaves.size(); i++) {
      FixedBitSet matches = leaves.get(i).matches;
      matches.set(0, matches.length());
      Bits live = contexts.get(i).reader().getLiveDocs();
      if (live != null) {
        live.applyMask(matches, 0);
      }
    }
  }

  /** The recorded matches that pass every filter, as a query of constant score 1. */
  public Query passing() {
    return new PassingQuery(this);
  }

  /** {@code query}'s matches among those recorded that pass every filter, scored by {@code query} alone. */
  public Query within(Query query) {
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(passing(), BooleanClause.Occur.FILTER)
        .build();
  }

  FixedBitSet passing(int leafOrd) {
    return leaves.get(leafOrd).sideways(null);
  }

  /** Matches that pass every filter. */
  public long total() {
    long total = 0;
    for (Leaf leaf : leaves) {
      total += leaf.sideways(null).cardinality();
    }
    return total;
  }

  /**
   * How many matches pass {@code filters} (each dimension's, AND'd): the same need under other
   * filters, counted without searching again.
   */
  long countPassing(Map<String, DimensionFilter> filters) {
    long count = 0;
    for (Leaf leaf : leaves) {
      count += leaf.countPassing(filters);
    }
    return count;
  }

  /**
   * The first {@code limit} matches (as top-level document ids, in index order) that pass {@code filters}:
   * a few of the suppliers a looser search would find, to say what they are without searching again.
   */
  List<Integer> firstPassing(Map<String, DimensionFilter> filters, int limit) {
    List<Integer> docs = new ArrayList<>();
    for (Leaf leaf : leaves) {
      FixedBitSet passing = leaf.passingAll(filters);
      for (int d = next(passing, 0); d != DocIdSetIterator.NO_MORE_DOCS
          && docs.size() < limit; d = next(passing, d + 1)) {
        docs.add(leaf.docBase + d);
      }
    }
    return docs;
  }

  private static int next(FixedBitSet bits, int from) {
    return from < bits.length() ? bits.nextSetBit(from) : DocIdSetIterator.NO_MORE_DOCS;
  }

  /**
   * Every facet value and listing path (as its drill-down term's bytes) with how many matches that
   * pass every filter have it: plain counts, no drill-sideways.
   */
  public Map<BytesRef, Long> countEveryValue() {
    Map<BytesRef, Long> counts = new HashMap<>();
    for (Leaf leaf : leaves) {
      FixedBitSet passing = leaf.sideways(null);
      leaf.segment.bits().forEach(
          (term, docs) -> counts.merge(term, FixedBitSet.intersectionCount(passing, docs), Long::sum));
    }
    return counts;
  }

  /**
   * How many matches have this value of {@code dim} (a flat value, or a listing path) and pass the
   * filters of every other dimension.
   */
  long count(Term drillDownTerm, String dim) {
    long count = 0;
    for (Leaf leaf : leaves) {
      FixedBitSet value = leaf.segment.of(drillDownTerm);
      if (value != null) {
        count += FixedBitSet.intersectionCount(leaf.sideways(dim), value);
      }
    }
    return count;
  }

  /** One segment's matches and filters. */
  private static final class Leaf {
    private final FacetBits.Segment segment;
    private final int docBase;
    private final FixedBitSet matches;
    private final Map<String, FixedBitSet> filters = new LinkedHashMap<>();
    private final Map<String, FixedBitSet> sideways = new HashMap<>();

    Leaf(FacetBits.Segment segment, int docBase, Map<String, DimensionFilter> dimensionFilters) {
      this.segment = segment;
      this.docBase = docBase;
      this.matches = new FixedBitSet(segment.maxDoc());
      dimensionFilters.forEach((dim, filter) -> filters.put(dim, passing(filter)));
    }

    /** The documents that pass one dimension's filter. */
    private FixedBitSet passing(DimensionFilter filter) {
      FixedBitSet out = new FixedBitSet(segment.maxDoc());
      if (filter.groups().isEmpty()) {
        out.set(0, segment.maxDoc());
      }
      for (int i = 0; i < filter.groups().size(); i++) {
        FixedBitSet group = anyOf(filter.groups().get(i));
        if (i == 0) {
          out.or(group);
        } else {
          out.and(group);
        }
      }
      out.andNot(anyOf(filter.excluded()));
      return out;
    }

    private FixedBitSet anyOf(List<Term> terms) {
      FixedBitSet any = new FixedBitSet(segment.maxDoc());
      for (Term t : terms) {
        FixedBitSet docs = segment.of(t);
        if (docs != null) {
          any.or(docs);
        }
      }
      return any;
    }

    /** The intersection of {@code start} (all documents when null) with every filter but {@code dim}'s. */
    private FixedBitSet allBut(FixedBitSet start, String dim) {
      FixedBitSet out = null;
      if (start != null) {
        out = start.clone();
      }
      for (var f : filters.entrySet()) {
        if (!f.getKey().equals(dim)) {
          if (out == null) {
            out = f.getValue().clone();
          } else {
            out.and(f.getValue());
          }
        }
      }
      return out;
    }

    long countPassing(Map<String, DimensionFilter> other) {
      return passingAll(other).cardinality();
    }

    FixedBitSet passingAll(Map<String, DimensionFilter> other) {
      FixedBitSet passing = matches.clone();
      for (DimensionFilter f : other.values()) {
        passing.and(passing(f));
      }
      return passing;
    }

    /** Matches counted for {@code dim}: passing every other filter; null for passing them all. */
    FixedBitSet sideways(String dim) {
      String key = dim != null && filters.containsKey(dim) ? dim : "";
      return sideways.computeIfAbsent(key, k -> {
        FixedBitSet s = allBut(matches, k.isEmpty() ? null : k);
        return s == null ? matches : s;
      });
    }
  }

  /** Records every match, segment by segment, and nothing else. */
  private static final class Recorder implements Collector {
    private final List<Leaf> leaves;

    Recorder(List<Leaf> leaves) {
      this.leaves = leaves;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) {
      FixedBitSet matches = leaves.get(context.ord).matches;
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) {
          matches.set(doc);
        }

        @Override
        public void collectRange(int min, int max) {
          matches.set(min, max);
        }

        @Override
        public void collect(DocIdStream stream) throws IOException {
          stream.forEach(matches::set);
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
