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
  private final long deadlineNanos;
  private final AtomicBoolean timedOut = new AtomicBoolean();

  DeadlineCollectorManager(CollectorManager<C, T> inner, long timeoutMillis) {
    this(inner, timeoutMillis, System::nanoTime);
  }

  /** With the clock given, in nanoseconds, so a test can move time on. */
  DeadlineCollectorManager(CollectorManager<C, T> inner, long timeoutMillis, LongSupplier clock) {
    this.inner = inner;
    this.clock = clock;
    this.deadlineNanos = clock.getAsLong() + timeoutMillis * 1_000_000;
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
    if (timedOut.get() || clock.getAsLong() - deadlineNanos > 0) {
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
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return inner.scoreMode();
    }
  }
}
