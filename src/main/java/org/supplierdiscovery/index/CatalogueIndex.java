package org.supplierdiscovery.index;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;

/**
 * The read side of the catalogue: searchers over the last commit of the index, refreshed after each
 * commit. It holds no {@code IndexWriter} and takes no write lock, so the command line can read an
 * index a running server writes; only {@link CatalogueWriter} changes the catalogue.
 */
public final class CatalogueIndex implements Closeable {
  public static final String GENERATION = "generation";
  public static final String COMMITTED_AT = "committedAt";
  static final String LAYOUT = "layout";

  /** Work done with a point-in-time searcher. */
  @FunctionalInterface
  public interface SearcherWork<T> {
    T apply(CatalogueSearcher searcher) throws IOException;
  }

  private final Directory directory;
  private final SearcherManager searchers;

  /** Opens the last commit in {@code directory}; throws {@link IndexNotFoundException} when it holds none. */
  public CatalogueIndex(Directory directory) throws IOException {
    this.directory = directory;
    this.searchers = new SearcherManager(
        directory,
        new SearcherFactory() {
          @Override
          public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
            return new CatalogueSearcher(reader, ((DirectoryReader) reader).getIndexCommit().getUserData());
          }
        });
  }

  /** Runs {@code work} with the current searcher, released however the work ends. */
  public <T> T withSearcher(SearcherWork<T> work) throws IOException {
    CatalogueSearcher s = acquire();
    try {
      return work.apply(s);
    } finally {
      release(s);
    }
  }

  public CatalogueSearcher acquire() throws IOException {
    return (CatalogueSearcher) searchers.acquire();
  }

  public void release(CatalogueSearcher searcher) throws IOException {
    searchers.release(searcher);
  }

  /**
   * Runs {@code work} with a searcher over the commit of Lucene generation {@code commitGeneration},
   * which must still be on disk (pinned): the catalogue exactly as it was then. Empty when it is gone.
   */
  public <T> Optional<T> atCommit(long commitGeneration, SearcherWork<T> work) throws IOException {
    for (IndexCommit commit : DirectoryReader.listCommits(directory)) {
      if (commit.getGeneration() == commitGeneration) {
        try (DirectoryReader reader = DirectoryReader.open(commit)) {
          return Optional.of(work.apply(new CatalogueSearcher(reader, commit.getUserData())));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Shows the newest commit in the directory to the next search: the writer calls it after each
   * commit, a replica after copying a revision. Searches under way finish on the view they started with.
   */
  public void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
    synchronized (this) {
      notifyAll();
    }
  }

  /**
   * Waits until searches see generation {@code min} or later, at most {@code maxWait}; true if they do.
   * Wakes on each refresh, so it costs nothing while it waits.
   */
  public boolean awaitGeneration(long min, Duration maxWait) throws InterruptedException {
    return generation() >= min || awaitRefresh(min, maxWait);
  }

  private synchronized boolean awaitRefresh(long min, Duration maxWait) throws InterruptedException {
    long deadline = System.nanoTime() + maxWait.toNanos();
    long left = maxWait.toNanos();
    while (generation() < min && left > 0) {
      TimeUnit.NANOSECONDS.timedWait(this, left);
      left = deadline - System.nanoTime();
    }
    return generation() >= min;
  }

  /**
   * True when the index holds documents written in another layout than {@code layout} ({@link
   * SupplierDocument#layout}): an earlier one, or with other concept names.
   */
  public boolean needsUpgrade(String layout) throws IOException {
    return withSearcher(s -> s.getIndexReader().numDocs() > 0 && !layout.equals(s.commitData().get(LAYOUT)));
  }

  /** Hands every stored supplier record of the current view to {@code sink}. */
  void forEachRecord(RecordSink sink) throws IOException {
    withSearcher(s -> {
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          String source = live == null || live.get(doc) ? SupplierDocument.storedRecord(stored, doc) : null;
          if (source != null) {
            sink.accept(source);
          }
        }
      }
      return null;
    });
  }

  /** Receives stored records one at a time. */
  @FunctionalInterface
  interface RecordSink {
    void accept(String record) throws IOException;
  }

  /** The audit trail of one supplier (or of the whole catalogue when id is null), newest first. */
  public List<AuditEntry> history(String supplierId, int max) throws IOException {
    Query q = supplierId == null
        ? new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_AUDIT))
        : new TermQuery(new Term(AuditDocument.AUDIT_SUPPLIER, supplierId));
    return withSearcher(s -> {
      TopDocs top = s.search(q, max,
          new Sort(new SortedNumericSortField(AuditDocument.AUDIT_GENERATION, SortField.Type.LONG, true)));
      List<AuditEntry> entries = new ArrayList<>();
      StoredFields stored = s.storedFields();
      for (ScoreDoc sd : top.scoreDocs) {
        entries.add(AuditDocument.read(stored, sd.doc));
      }
      return entries;
    });
  }

  /** True when a supplier with this id is in the catalogue, whatever its status. */
  public boolean contains(String id) throws IOException {
    return withSearcher(s -> s.count(new TermQuery(new Term(IndexFields.ID, id))) > 0);
  }

  /** The generation of the commit searches currently see. */
  public long generation() {
    try {
      return withSearcher(CatalogueSearcher::generation);
    } catch (IOException e) {
      return -1;
    }
  }

  public int size() throws IOException {
    return withSearcher(s -> s.count(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_SUPPLIER))));
  }

  /** Bytes the index's files take on disk (or in memory). */
  public long sizeInBytes() {
    long bytes = 0;
    try {
      for (String file : directory.listAll()) {
        try {
          bytes += directory.fileLength(file);
        } catch (IOException | RuntimeException gone) {
          // merged away while we counted
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return bytes;
  }

  public Directory directory() {
    return directory;
  }

  public static boolean exists(Directory directory) throws IOException {
    return DirectoryReader.indexExists(directory);
  }

  @Override
  public void close() throws IOException {
    searchers.close();
  }
}
