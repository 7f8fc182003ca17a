package org.supplierdiscovery.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.ScoreMode;

/**
 * Stops collecting once a deadline passes and remembers that it did, so a slow search returns what
 * it found so far, flagged as partial. (Lucene's searcher time-out does not combine with
 * drill-sideways scoring, which must see each segment in one pass.)
 */
final class DeadlineCollectorManager<C extends Collector, T>
    implements
      CollectorManager<DeadlineCollectorManager.Timed<C>, T> {
  static final int CHECK_EVERY = 256;
  private final CollectorManager<C, T> inner;
  private final LongSupplier clock;
  private final long timeoutNanos;
  private final long deadlineNanos;
  private final AtomicBoolean timedOut;

  DeadlineCollectorManager(CollectorManager<C, T> inner, long timeoutMillis) {
    this(inner, timeoutMillis, System::nanoTime);
  }

  /** With the clock given, in nanoseconds, so a test can move time on. */
  DeadlineCollectorManager(CollectorManager<C, T> inner, long timeoutMillis, LongSupplier clock) {
    this(inner, clock, timeoutMillis * 1_000_000, new AtomicBoolean());
  }

  private DeadlineCollectorManager(
      CollectorManager<C, T> inner, LongSupplier clock, long timeoutNanos, AtomicBoolean timedOut) {
    this.inner = inner;
    this.clock = clock;
    this.timeoutNanos = timeoutNanos;
    this.deadlineNanos = clock.getAsLong() + timeoutNanos;
    this.timedOut = timedOut;
  }

  /**
   * The next pass of the same search, with a time limit of its own from now, so a first pass cut
   * short still leaves time to rank what it found; a search that ran out of time in either pass
   * reports it.
   */
  <C2 extends Collector, T2> DeadlineCollectorManager<C2, T2> then(CollectorManager<C2, T2> next) {
    return new DeadlineCollectorManager<>(next, clock, timeoutNanos, timedOut);
  }

  boolean timedOut() {
    return timedOut.get();
  }

  @Override
  public Timed<C> newCollector() throws IOException {
    return new Timed<>(inner.newCollector(), this);
  }

  @Override
  public T reduce(Collection<Timed<C>> collectors) throws IOException {
    List<C> unwrapped = new ArrayList<>();
    collectors.forEach(c -> unwrapped.add(c.inner));
    return inner.reduce(unwrapped);
  }

  private void checkDeadline() {
    if (clock.getAsLong() - deadlineNanos > 0) {
      timedOut.set(true);
      throw new CollectionTerminatedException();
    }
  }

  /** The wrapped collector; each leaf checks the clock every few hundred documents. */
  static final class Timed<C extends Collector> implements Collector {
    private final C inner;
    private final DeadlineCollectorManager<C, ?> manager;

    Timed(C inner, DeadlineCollectorManager<C, ?> manager) {
      this.inner = inner;
      this.manager = manager;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      manager.checkDeadline();
      return new FilterLeafCollector(inner.getLeafCollector(context)) {
        private int seen;

        @Override
        public void collect(int doc) throws IOException {
          if (++seen % CHECK_EVERY == 0) {
            manager.checkDeadline();
          }
          super.collect(doc);
        }

        @Override
        public void collectRange(int min, int max) throws IOException {
          manager.checkDeadline();
          in.collectRange(min, max);
        }

        @Override
        public void collect(DocIdStream stream) throws IOException {
          manager.checkDeadline();
          in.collect(stream);
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return inner.scoreMode();
    }
  }
}
