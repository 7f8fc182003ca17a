package org.supplierdiscovery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The search time-out: a search past its deadline stops collecting, keeps what it found and says so. */
class DeadlineCollectorManagerTest {
  private static final int DOCS = 2_000;
  private static Directory directory;
  private static DirectoryReader reader;

  @BeforeAll
  static void oneSegmentOfDocuments() throws IOException {
    directory = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig())) {
      for (int i = 0; i < DOCS; i++) {
        Document d = new Document();
        d.add(new StringField("id", Integer.toString(i), Field.Store.NO));
        w.addDocument(d);
      }
      w.forceMerge(1);
    }
    reader = DirectoryReader.open(directory);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
  }

  @Test
  void aSearchPastItsDeadlineReturnsWhatItCollectedFlaggedAsTimedOut() throws IOException {
    // Each reading of this clock is a millisecond later: construction reads 0 ms (deadline 2 ms), the leaf
    // check 1 ms, the check at the 256th document 2 ms (not past), the check at the 512th 3 ms (past).
    AtomicLong readings = new AtomicLong();
    var manager = new DeadlineCollectorManager<>(
        new TopScoreDocCollectorManager(10, Integer.MAX_VALUE), 2, () -> readings.getAndIncrement() * 1_000_000);
    TopDocs top = new IndexSearcher(reader).search(MatchAllDocsQuery.INSTANCE, manager);
    assertTrue(manager.timedOut());
    assertEquals(2 * DeadlineCollectorManager.CHECK_EVERY - 1, top.totalHits.value());
    assertEquals(10, top.scoreDocs.length, "the best of what was collected is still returned");
  }

  @Test
  void aSearchWithinItsDeadlineCollectsEverything() throws IOException {
    var manager = new DeadlineCollectorManager<>(new TopScoreDocCollectorManager(10, Integer.MAX_VALUE), 2, () -> 0L);
    TopDocs top = new IndexSearcher(reader).search(MatchAllDocsQuery.INSTANCE, manager);
    assertFalse(manager.timedOut());
    assertEquals(DOCS, top.totalHits.value());
  }

  @Test
  void aLaterPassHasTimeOfItsOwnAndTheSearchStillSaysItTimedOut() throws IOException {
    AtomicLong now = new AtomicLong();
    var first = new DeadlineCollectorManager<>(
        new TopScoreDocCollectorManager(10, Integer.MAX_VALUE), 2, now::get);
    now.set(3_000_000); // the first pass's deadline has passed before it starts
    new IndexSearcher(reader).search(MatchAllDocsQuery.INSTANCE, first);
    assertTrue(first.timedOut());
    var second = first.then(new TopScoreDocCollectorManager(10, Integer.MAX_VALUE));
    TopDocs top = new IndexSearcher(reader).search(MatchAllDocsQuery.INSTANCE, second);
    assertEquals(DOCS, top.totalHits.value(), "the second pass runs to the end within its own time");
    assertTrue(second.timedOut(), "a time-out in either pass is the search's");
  }
}
