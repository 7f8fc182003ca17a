package org.supplierdiscovery.index;

import java.io.Closeable;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KeepOnlyLastCommitDeletionPolicy;
import org.apache.lucene.index.PersistentSnapshotDeletionPolicy;
import org.apache.lucene.index.SnapshotDeletionPolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.supplierdiscovery.analysis.ConceptAnalyzer;
import org.supplierdiscovery.analysis.ConceptDictionary;
import org.supplierdiscovery.catalogue.Supplier;
import org.supplierdiscovery.config.IndexConfig;
import org.supplierdiscovery.semantic.SupplierVectors;

/**
 * The one owner of the catalogue's {@code IndexWriter}. One thread takes every change waiting and
 * applies them with their audit entries in one commit (group commit); only then does each caller hear
 * back, so an acknowledged change is durable and visible. Documents are built before the writer is
 * touched, and a group that fails is rolled back whole: nothing of it reaches the index or the audit
 * trail. After a disk fault the writer is reopened on the next write, so writes recover without a
 * restart once the fault is cleared; searches read the last commit throughout.
 */
public final class CatalogueWriter implements Closeable, CommitPins {
  private static final Logger LOG = LoggerFactory.getLogger(CatalogueWriter.class);
  private static final int BATCH = 1_000;

  /** What a caller gets back once its changes are committed: one outcome per change, in order. */
  public record Receipt(long generation, Instant committedAt, List<ChangeOutcome> outcomes) {
    public Receipt {
      outcomes = List.copyOf(outcomes);
    }
  }

  /**
   * Told of each commit, on the writer thread, once searches see it: replication publishes the commit
   * from here. It must be quick and must not write.
   */
  @FunctionalInterface
  public interface CommitListener {
    void committed(long generation);
  }

  private final Directory directory;
  // keeps a commit's files while something (a replica copying it) holds a snapshot of it
  private final SnapshotDeletionPolicy snapshots = new SnapshotDeletionPolicy(new KeepOnlyLastCommitDeletionPolicy());
  private final List<CommitListener> listeners = new CopyOnWriteArrayList<>();
  private final Analyzer analyzer;
  private final String layout;
  private final SupplierDocument documents;
  private final Clock clock;
  private final CatalogueIndex index;
  private final WriterQueue queue;
  private final IndexingThreads indexers;
  private volatile WriteHealth health = WriteHealth.ready();
  // touched only by the writer thread once it has started
  private IndexWriter writer;
  private PersistentSnapshotDeletionPolicy pins;
  private long generation;

  /**
   * Opens the index in {@code directory} for writing, creating an empty one when there is none; adds
   * documents on as many threads as there are processors.
   */
  public CatalogueWriter(Directory directory, IndexConfig config, Clock clock) throws IOException {
    this(directory, config, clock, Runtime.getRuntime().availableProcessors());
  }

  /** Opens the index in {@code directory} for writing; adds documents on {@code threads} threads. */
  public CatalogueWriter(Directory directory, IndexConfig config, Clock clock, int threads) throws IOException {
    this.directory = directory;
    ConceptDictionary concepts = new ConceptDictionary(config);
    this.layout = SupplierDocument.layout(concepts, config.semantic());
    this.analyzer = new PerFieldAnalyzerWrapper(
        new ConceptAnalyzer(config.indexAnalyzer(), concepts, Set.copyOf(IndexFields.MARKED)),
        Map.of(IndexFields.SPELLING, config.spellingAnalyzer(), IndexFields.SUGGEST, config.spellingAnalyzer()));
    this.documents = SupplierDocument.of(FacetFields.config(), analyzer, config.semantic());
    this.clock = clock;
    boolean fresh = !DirectoryReader.indexExists(directory);
    this.writer = openWriter();
    try {
      if (fresh) {
        writer.setLiveCommitData(commitData(0, clock.instant()).entrySet());
        writer.commit();
      }
      this.generation = lastGeneration(writer);
      this.index = new CatalogueIndex(directory);
    } catch (IOException | RuntimeException e) {
      writer.rollback();
      throw e;
    }
    this.indexers = new IndexingThreads(threads);
    this.queue = new WriterQueue("catalogue-writer", new WriterQueue.Handler() {
      @Override
      public void group(List<WriteTask.Write> writes) {
        applyGroup(writes);
      }

      @Override
      public void load(WriteTask.Load load) {
        CatalogueWriter.this.load(load);
      }

      @Override
      public void stopped() {
        rollback();
      }

      @Override
      public void idle() {
        probeWhileFailing();
      }
    });
  }

  private IndexWriter openWriter() throws IOException {
    IndexWriterConfig iwc = new IndexWriterConfig(analyzer);
    iwc.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    iwc.setRAMBufferSizeMB(64);
    iwc.setCommitOnClose(false);
    // two kinds of pinned commits, one inside the other: a frozen search's pin lasts across restarts until
    // it is released (persisted in the index directory; one instance per writer), a replication session's
    // only while a replica copies it (in memory, the same instance for the writer's whole life)
    pins = new PersistentSnapshotDeletionPolicy(snapshots, directory);
    iwc.setIndexDeletionPolicy(pins);
    return new IndexWriter(directory, iwc);
  }

  @Override
  public Pinned pin() throws IOException {
    return onWriterThread(() -> {
      ensureOpen();
      IndexCommit commit = pins.snapshot();
      String catalogue = commit.getUserData().get(CatalogueIndex.GENERATION);
      return new Pinned(commit.getGeneration(), catalogue == null ? 0 : Long.parseLong(catalogue));
    });
  }

  @Override
  public void unpin(long commitGeneration) throws IOException {
    onWriterThread(() -> {
      IndexWriter w = ensureOpen();
      if (pins.getSnapshots().stream().anyMatch(c -> c.getGeneration() == commitGeneration)) {
        pins.release(commitGeneration);
        w.deleteUnusedFiles();
      }
      return null;
    });
  }

  private <T> T onWriterThread(WriteTask.WriterCall<T> call) throws IOException {
    CompletableFuture<T> done = new CompletableFuture<>();
    return queue.submitAndWait(new WriteTask.Call<>(call, done), done);
  }

  private static long lastGeneration(IndexWriter writer) {
    for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
      if (e.getKey().equals(CatalogueIndex.GENERATION)) {
        return Long.parseLong(e.getValue());
      }
    }
    return 0;
  }

  private Map<String, String> commitData(long generation, Instant at) {
    return Map.of(
        CatalogueIndex.GENERATION, Long.toString(generation),
        CatalogueIndex.COMMITTED_AT, at.toString(),
        CatalogueIndex.LAYOUT, layout);
  }

  /** The layout this writer writes documents in ({@link SupplierDocument#layout}). */
  public String layout() {
    return layout;
  }

  /**
   * The deletion policy of the writer: {@code snapshot()} pins the last commit's files until {@code
   * release}. Safe to call from any thread.
   */
  public SnapshotDeletionPolicy snapshots() {
    return snapshots;
  }

  /** Adds a listener told of every later commit. */
  public void addCommitListener(CommitListener listener) {
    listeners.add(listener);
  }

  /** The read side over the same directory. */
  public CatalogueIndex index() {
    return index;
  }

  /** Whether writes are being taken, or why not. */
  public WriteHealth health() {
    return health;
  }

  /** Applies and commits the changes, blocking until they are durable and visible. */
  public Receipt write(List<Change> changes, String detail) throws IOException {
    CompletableFuture<Receipt> done = new CompletableFuture<>();
    return queue.submitAndWait(new WriteTask.Write(List.copyOf(changes), detail, done), done);
  }

  /**
   * Loads every change {@code source} sends in one commit with one audit entry; {@code replace}
   * first removes every supplier, so the catalogue then holds exactly what was sent. Empty when the
   * source discarded the load, which then changed nothing.
   */
  public Optional<Receipt> load(ChangeSource source, boolean replace) throws IOException {
    CompletableFuture<Optional<Receipt>> done = new CompletableFuture<>();
    return queue.submitAndWait(new WriteTask.Load(source, replace, true, done), done);
  }

  /**
   * Rewrites every stored supplier in the current document layout, in one commit that keeps the
   * generation (the catalogue itself does not change). If {@code parse} throws, nothing changes.
   * Returns how many suppliers were rewritten.
   */
  public int upgrade(Function<String, Supplier> parse) throws IOException {
    int[] rewritten = {0};
    ChangeSource source = sink -> {
      List<Change> batch = new ArrayList<>();
      index.forEachRecord(record -> {
        batch.add(new Change.Upsert(parse.apply(record)));
        rewritten[0]++;
        if (batch.size() == BATCH) {
          sink.accept(List.copyOf(batch));
          batch.clear();
        }
      });
      sink.accept(batch);
      return Optional.of("upgrade");
    };
    CompletableFuture<Optional<Receipt>> done = new CompletableFuture<>();
    queue.submitAndWait(new WriteTask.Load(source, false, false, done), done);
    return rewritten[0];
  }

  /** The writes of one group, each with its documents built before the writer is touched. */
  private record Ready(WriteTask.Write write, List<PreparedChange> changes) {}

  private void applyGroup(List<WriteTask.Write> group) {
    List<Ready> ready = new ArrayList<>();
    // a change that leaves a supplier's embedded text as it was (a suspension, a new lot) keeps its vector
    CatalogueSearcher before = documents.withVectors() ? viewOrNull() : null;
    try {
      SupplierVectors.Known known = known(before);
      for (WriteTask.Write w : group) {
        try {
          ready.add(new Ready(w, PreparedChange.prepare(w.changes(), documents, known)));
        } catch (ChangeRejectedException e) {
          w.done().completeExceptionally(e);
        }
      }
    } finally {
      release(before);
    }
    applyReady(ready);
  }

  /** The current view of the catalogue, or null if there is none to look vectors up in. */
  private CatalogueSearcher viewOrNull() {
    try {
      return index.acquire();
    } catch (IOException | RuntimeException e) {
      LOG.warn("no view of the catalogue to keep unchanged vectors from; they are embedded again", e);
      return null;
    }
  }

  /** The vectors {@code view} holds, to keep for unchanged texts; none without a view. */
  private static SupplierVectors.Known known(CatalogueSearcher view) {
    return view == null ? SupplierVectors.Known.NONE : new StoredVectors(view.getIndexReader());
  }

  /** How many supplier vectors this writer embedded and how many it kept from a committed view. */
  public SupplierVectors.Counts vectorCounts() {
    return documents.vectorCounts();
  }

  /**
   * Commits the group whole, or rolls it back whole. After a fault of the disk every write of the
   * group hears why; after a change the index refuses, each write is tried again alone, so only the
   * write that holds that change fails.
   */
  private void applyReady(List<Ready> ready) {
    if (ready.isEmpty()) {
      return;
    }
    try {
      commitGroup(ready);
    } catch (IOException | RuntimeException e) {
      WritesUnavailableException failure = isFault(e) ? unavailable(e) : null;
      rollback();
      if (failure != null) {
        ready.forEach(r -> r.write().done().completeExceptionally(failure));
      } else if (ready.size() == 1) {
        Ready r = ready.getFirst();
        r.write().done().completeExceptionally(new ChangeRejectedException(r.write().changes().getFirst().id(), e));
      } else {
        ready.forEach(r -> applyReady(List.of(r)));
      }
    }
  }

  private void commitGroup(List<Ready> ready) throws IOException {
    IndexWriter w = ensureOpen();
    long next = generation + 1;
    Instant at = clock.instant();
    List<List<ChangeOutcome>> outcomes = new ArrayList<>();
    List<PreparedChange> applied = new ArrayList<>();
    List<AuditEntry> audit = new ArrayList<>();
    index.withSearcher(s -> {
      Presence presence = new Presence(s);
      for (Ready r : ready) {
        List<ChangeOutcome> each = new ArrayList<>();
        for (PreparedChange c : r.changes()) {
          ChangeOutcome outcome = decide(c, presence);
          each.add(outcome);
          if (outcome != ChangeOutcome.NOT_FOUND) {
            applied.add(c);
            audit.add(new AuditEntry(at, next, action(c.change()), c.change().id(), r.write().detail()));
          }
        }
        outcomes.add(each);
      }
      return null;
    });
    applyOnIndexers(w, applied);
    for (AuditEntry entry : audit) {
      w.addDocument(AuditDocument.build(entry));
    }
    if (!applied.isEmpty()) {
      commit(next, at);
    }
    for (int i = 0; i < ready.size(); i++) {
      ready.get(i).write().done().complete(new Receipt(generation, at, outcomes.get(i)));
    }
  }

  /** What a change does, given which suppliers exist at its turn; updates {@code presence} to match. */
  private static ChangeOutcome decide(PreparedChange c, Presence presence) throws IOException {
    String id = c.change().id();
    boolean existed = presence.exists(id);
    switch (c.change()) {
      case Change.Upsert u -> {
        presence.set(id, true);
        return existed ? ChangeOutcome.REPLACED : ChangeOutcome.CREATED;
      }
      case Change.Delete d -> {
        presence.set(id, false);
        return existed ? ChangeOutcome.DELETED : ChangeOutcome.NOT_FOUND;
      }
    }
  }

  /** Applies the changes on several threads, in order for each supplier, and waits until all are applied. */
  private void applyOnIndexers(IndexWriter w, List<PreparedChange> changes) throws IOException {
    try {
      indexers.submit(changes, c -> c.change().id(), share -> {
        for (PreparedChange c : share) {
          apply(w, c);
        }
      });
      indexers.finish();
    } catch (IOException | RuntimeException e) {
      indexers.abandon();
      throw e;
    }
  }

  /**
   * Applies a change of a load. {@code added} is null, or the ids the load added to a catalogue that
   * held no suppliers when it began: a supplier's first record there is added without the delete by id
   * that Lucene would otherwise look up in every segment; a later one of the same supplier replaces it.
   */
  private static void apply(IndexWriter w, PreparedChange c, Set<String> added) throws IOException {
    if (added != null && c.change() instanceof Change.Upsert u && added.add(u.id())) {
      w.addDocument(c.document().orElseThrow());
    } else {
      apply(w, c);
    }
  }

  private static void apply(IndexWriter w, PreparedChange c) throws IOException {
    switch (c.change()) {
      case Change.Upsert u -> w.updateDocument(c.key(), c.document().orElseThrow());
      case Change.Delete d -> w.deleteDocuments(c.key());
    }
  }

  private static String action(Change c) {
    return switch (c) {
      case Change.Upsert u -> "upsert";
      case Change.Delete d -> "delete";
    };
  }

  /**
   * Runs a load alone, its documents built and added on several threads while the source reads on; the
   * writer's own failures are faults, the source's are passed on as they are.
   */
  private void load(WriteTask.Load task) {
    AtomicReference<IOException> writerFailure = new AtomicReference<>();
    CatalogueSearcher before = null;
    try {
      IndexWriter w = ensureOpen();
      // the last commit's vectors, kept for suppliers whose text is unchanged (embedding is most of the cost)
      before = documents.withVectors() ? index.acquire() : null;
      SupplierVectors.Known known = known(before);
      Instant at = clock.instant();
      if (task.replace()) {
        w.deleteDocuments(new Term(IndexFields.KIND, IndexFields.KIND_SUPPLIER));
      }
      Set<String> added = task.replace() || w.getDocStats().numDocs == 0 ? ConcurrentHashMap.newKeySet() : null;
      Optional<String> detail = sendToIndexers(task.source(), share -> {
        for (PreparedChange c : PreparedChange.prepare(share, documents, known)) {
          try {
            apply(w, c, added);
          } catch (IOException e) {
            writerFailure.compareAndSet(null, e);
            throw e;
          }
        }
      });
      if (detail.isEmpty()) {
        rollback();
        task.done().complete(Optional.empty());
        return;
      }
      long next = task.audited() ? generation + 1 : generation;
      if (task.audited()) {
        w.addDocument(AuditDocument.build(new AuditEntry(at, next, "load", null, detail.get())));
      }
      commit(next, at);
      task.done().complete(Optional.of(new Receipt(next, at, List.of())));
    } catch (IOException | RuntimeException e) {
      boolean fault = e == writerFailure.get() || e instanceof WritesUnavailableException || isFault(e);
      Exception failure = fault ? unavailable(e) : e;
      rollback();
      task.done().completeExceptionally(failure);
    } finally {
      release(before);
    }
  }

  private void release(CatalogueSearcher view) {
    if (view == null) {
      return;
    }
    try {
      index.release(view);
    } catch (IOException e) {
      LOG.warn("an earlier view of the catalogue could not be released", e);
    }
  }

  /** Everything {@code source} sends, handed to the indexing threads; returns once they are done with it. */
  private Optional<String> sendToIndexers(ChangeSource source, IndexingThreads.Work<Change> work) throws IOException {
    try {
      Optional<String> detail = source.send(batch -> indexers.submit(batch, Change::id, work));
      indexers.finish();
      return detail;
    } catch (IOException | RuntimeException e) {
      indexers.abandon();
      throw e;
    }
  }

  private void commit(long next, Instant at) throws IOException {
    writer.setLiveCommitData(commitData(next, at).entrySet());
    writer.commit();
    generation = next;
    health = WriteHealth.ready();
    try {
      index.refresh();
    } catch (IOException e) {
      LOG.warn("generation {} is committed but searches will see it only after the next commit", next, e);
    }
    for (CommitListener listener : listeners) {
      try {
        listener.committed(next);
      } catch (RuntimeException e) {
        LOG.warn("a commit listener failed on generation {}", next, e);
      }
    }
  }

  /**
   * While writes are failing, checks every idle second whether the disk takes a small synced file
   * again and the writer reopens, so /health shows the fault only while it lasts.
   */
  private void probeWhileFailing() {
    if (health.isReady()) {
      return;
    }
    try {
      reopenIfNeeded();
      String name;
      try (IndexOutput probe = directory.createTempOutput("probe", "writes", IOContext.DEFAULT)) {
        probe.writeBytes(new byte[4096], 4096);
        name = probe.getName();
      }
      try {
        directory.sync(List.of(name));
      } finally {
        directory.deleteFile(name);
      }
      health = WriteHealth.ready();
      LOG.info("catalogue writes recovered");
    } catch (IOException | RuntimeException stillFailing) {
      // the fault already reported stands until a probe or a write succeeds
    }
  }

  /** The writer, reopened if a fault closed or rolled it back. */
  private IndexWriter ensureOpen() throws WritesUnavailableException {
    try {
      return reopenIfNeeded();
    } catch (IOException | RuntimeException e) {
      throw unavailable(e);
    }
  }

  private IndexWriter reopenIfNeeded() throws IOException {
    if (writer != null && writer.isOpen() && writer.getTragicException() == null) {
      return writer;
    }
    rollback();
    writer = openWriter();
    generation = lastGeneration(writer);
    return writer;
  }

  private boolean isFault(Exception e) {
    return e instanceof IOException || e instanceof AlreadyClosedException
        || (writer != null && writer.getTragicException() != null);
  }

  private WritesUnavailableException unavailable(Exception e) {
    if (e instanceof WritesUnavailableException already) {
      return already;
    }
    // the first failure of the writer names the fault; another thread may have failed after it on
    // the closed writer, with an exception that no longer says why
    Throwable tragic = writer == null ? null : writer.getTragicException();
    WriteFault fault = WriteFault.of(tragic != null ? tragic : e);
    WriteHealth was = health;
    health = WriteHealth.failing(fault, was.since().orElse(clock.instant()));
    LOG.warn("catalogue writes failing: {}", fault.cause(), e);
    return new WritesUnavailableException(fault, e);
  }

  /** Discards everything not committed; only acknowledged (committed) changes are kept. */
  private void rollback() {
    if (writer == null) {
      return;
    }
    try {
      writer.rollback();
    } catch (IOException | RuntimeException e) {
      LOG.warn("rolling back the index writer failed", e);
    } finally {
      writer = null;
    }
  }

  /** Stops taking changes, finishes those already taken, and closes the index; never loses an acknowledged change. */
  @Override
  public void close() {
    queue.close();
    indexers.close();
    try {
      index.close();
    } catch (IOException e) {
      LOG.warn("closing the catalogue's searchers failed", e);
    }
  }

  /** True once {@link #close} has begun: later writes are refused at once. */
  boolean closing() {
    return queue.closing();
  }

  /** Tasks waiting for the writer thread. */
  int waiting() {
    return queue.waiting();
  }
}
