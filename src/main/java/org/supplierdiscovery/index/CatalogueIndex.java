package org.supplierdiscovery.index;

import java.io.Closeable;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.supplierdiscovery.catalogue.Supplier;
import org.supplierdiscovery.config.IndexConfig;

/**
 * The catalogue's Lucene index: one writer, one searcher manager, one document per supplier keyed by
 * id. Each commit carries a generation number so an answer can say which catalogue it came from.
 */
public final class CatalogueIndex implements Closeable {
  static final String GENERATION = "generation";
  static final String COMMITTED_AT = "committedAt";
  static final String FACET_LAYOUT = "facetLayout";

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final SupplierDocument documents;
  private volatile long generation;

  public CatalogueIndex(Directory directory, IndexConfig config) throws IOException {
    this.directory = directory;
    FacetsConfig facets = FacetFields.config();
    this.documents = new SupplierDocument(facets);
    IndexWriterConfig iwc = new IndexWriterConfig(analyzer(config));
    iwc.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    iwc.setRAMBufferSizeMB(64);
    iwc.setCommitOnClose(false);
    this.writer = new IndexWriter(directory, iwc);
    this.generation = lastGeneration(writer);
    this.searchers = new SearcherManager(
        writer,
        new SearcherFactory() {
          @Override
          public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
              throws IOException {
            return new CatalogueSearcher(reader, generation);
          }
        });
  }

  private static Analyzer analyzer(IndexConfig config) {
    return new PerFieldAnalyzerWrapper(
        config.indexAnalyzer(), Map.of(
            IndexFields.SPELLING, config.spellingAnalyzer(), IndexFields.SUGGEST, config.spellingAnalyzer()));
  }

  private static long lastGeneration(IndexWriter writer) {
    String last = commitValue(writer, GENERATION);
    return last == null ? 0 : Long.parseLong(last);
  }

  private static String commitValue(IndexWriter writer, String key) {
    for (var entry : writer.getLiveCommitData()) {
      if (entry.getKey().equals(key)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** True when the index holds documents written with another facet layout ({@link FacetFields#LAYOUT}). */
  public boolean needsUpgrade() {
    return writer.getDocStats().numDocs > 0 && !FacetFields.LAYOUT.equals(commitValue(writer, FACET_LAYOUT));
  }

  /**
   * Rewrites every supplier in the current layout from the record stored with it, in one commit that
   * keeps the generation (the catalogue itself does not change). {@code parse} turns a stored record
   * back into a supplier and throws, naming the record, if it cannot; then nothing is committed, and
   * closing the index discards the rewrite. Returns how many suppliers were rewritten.
   */
  public synchronized int upgrade(Function<String, Supplier> parse) throws IOException {
    int rewritten = 0;
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          String source = live == null || live.get(doc) ? SupplierDocument.storedRecord(stored, doc) : null;
          if (source != null) {
            Supplier s = parse.apply(source);
            writer.updateDocument(new Term(IndexFields.ID, s.id()), documents.build(s));
            rewritten++;
          }
        }
      }
    }
    commitAs(generation);
    return rewritten;
  }

  /** Applies changes without committing: a bulk load calls {@link #commit} once at the end. */
  public void applyUncommitted(List<? extends Change> changes) throws IOException {
    for (Change change : changes) {
      Term key = new Term(IndexFields.ID, change.id());
      switch (change) {
        case Change.Upsert u -> writer.updateDocument(key, documents.build(u.supplier()));
        case Change.Delete d -> writer.deleteDocuments(key);
      }
    }
  }

  /** Adds audit entries; they are committed with the changes they record. */
  public void audit(List<AuditEntry> entries) throws IOException {
    for (AuditEntry e : entries) {
      writer.addDocument(AuditDocument.build(e));
    }
  }

  /** The generation the next commit will have. */
  public long nextGeneration() {
    return generation + 1;
  }

  /** The audit trail of one supplier (or of the whole catalogue when id is null), newest first. */
  public List<AuditEntry> history(String supplierId, int max) throws IOException {
    CatalogueSearcher s = acquire();
    try {
      Query q = supplierId == null
          ? new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_AUDIT))
          : new TermQuery(new Term(AuditDocument.AUDIT_SUPPLIER, supplierId));
      TopDocs top = s.search(q, max,
          new Sort(new SortedNumericSortField(AuditDocument.AUDIT_GENERATION, SortField.Type.LONG, true)));
      List<AuditEntry> entries = new ArrayList<>();
      StoredFields stored = s.storedFields();
      for (ScoreDoc sd : top.scoreDocs) {
        entries.add(AuditDocument.read(stored, sd.doc));
      }
      return entries;
    } finally {
      release(s);
    }
  }

  /** True when a supplier with this id is in the catalogue, whatever its status. */
  public boolean contains(String id) throws IOException {
    CatalogueSearcher s = acquire();
    try {
      return s.count(new TermQuery(new Term(IndexFields.ID, id))) > 0;
    } finally {
      release(s);
    }
  }

  /**
   * Makes every applied change durable and visible: commit (fsync), then refresh searchers. Returns
   * the new generation.
   */
  public synchronized long commit() throws IOException {
    return commitAs(generation + 1);
  }

  private long commitAs(long next) throws IOException {
    writer.setLiveCommitData(
        Map.of(
            GENERATION, Long.toString(next),
            COMMITTED_AT, Instant.now().toString(),
            FACET_LAYOUT, FacetFields.LAYOUT)
            .entrySet());
    writer.commit();
    generation = next;
    searchers.maybeRefreshBlocking();
    return next;
  }

  /** Applies and commits in one step. */
  public synchronized long write(List<? extends Change> changes) throws IOException {
    applyUncommitted(changes);
    return commit();
  }

  public CatalogueSearcher acquire() throws IOException {
    return (CatalogueSearcher) searchers.acquire();
  }

  public void release(CatalogueSearcher searcher) throws IOException {
    searchers.release(searcher);
  }

  public long generation() {
    return generation;
  }

  public int size() throws IOException {
    CatalogueSearcher s = acquire();
    try {
      return s.count(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_SUPPLIER)));
    } finally {
      release(s);
    }
  }

  /** Bytes the index's files take on disk (or in memory). */
  public long sizeInBytes() {
    long bytes = 0;
    try {
      for (String file : directory.listAll()) {
        try {
          bytes += directory.fileLength(file);
        } catch (java.io.IOException | RuntimeException gone) {
          // merged away while we counted
        }
      }
    } catch (java.io.IOException e) {
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
    writer.rollback();
  }
}
