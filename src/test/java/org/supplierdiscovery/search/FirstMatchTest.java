package org.supplierdiscovery.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** A query matches a live document, or none: deleted documents and absent terms find nothing. */
class FirstMatchTest {
  @Test
  void onlyLiveDocumentsMatch() throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
        w.addDocument(doc("a", "kept"));
        w.addDocument(doc("b", "gone"));
        w.commit();
        w.deleteDocuments(new Term("id", "b"));
        w.commit();
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        assertTrue(FirstMatch.exists(searcher, new TermQuery(new Term("word", "kept"))));
        assertFalse(FirstMatch.exists(searcher, new TermQuery(new Term("word", "gone"))));
        assertFalse(FirstMatch.exists(searcher, new TermQuery(new Term("word", "never"))));
      }
    }
  }

  private static Document doc(String id, String word) {
    Document d = new Document();
    d.add(new StringField("id", id, Field.Store.NO));
    d.add(new StringField("word", word, Field.Store.NO));
    return d;
  }
}
