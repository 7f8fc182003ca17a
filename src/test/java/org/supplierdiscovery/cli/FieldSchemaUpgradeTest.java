package org.supplierdiscovery.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supplierdiscovery.TestCatalogue;
import org.supplierdiscovery.catalogue.Product;
import org.supplierdiscovery.catalogue.Supplier;
import org.supplierdiscovery.index.FacetFields;
import org.supplierdiscovery.index.IndexFields;
import org.supplierdiscovery.index.SupplierDocument;
import org.supplierdiscovery.search.SearchRequest;
import org.supplierdiscovery.search.Suggester;

/**
 * An index of layout 2, whose catch-all, spelling and type-ahead fields had positions, is rewritten
 * in place when opened: Lucene refuses a field whose index options change, so those fields now
 * have other names, and spelling and type-ahead answer from the rewritten documents.
 */
class FieldSchemaUpgradeTest {
  @TempDir
  Path dir;

  @Test
  void anIndexWithPositionedWordFieldsIsRewrittenAndItsSpellingAndTypeAheadWork() throws IOException {
    writeLayout2(7);

    try (Engine engine = Engine.open(TestCatalogue.CONFIG, dir)) {
      assertFalse(engine.index().needsUpgrade(engine.writer().layout()));
      assertEquals(7, engine.index().generation());
      assertEquals(6, engine.index().size());
      assertEquals("wearables", engine.search().search(SearchRequest.of("wearabels")).didYouMean());
      List<String> typed = new Suggester(engine.index(), engine.config()).suggest("alpha").stream()
          .map(s -> s.kind() + ":" + s.text()).toList();
      assertEquals(List.of("supplier:Alpha Remote Care", "product:AlphaBand"), typed);
    }
  }

  /** Layout 2: the word fields under their old names, with positions, as TextField indexes them. */
  private void writeLayout2(long generation) throws IOException {
    SupplierDocument documents = new SupplierDocument(FacetFields.config(), TestCatalogue.config().indexAnalyzer());
    try (var directory = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(TestCatalogue.config().indexAnalyzer()))) {
      for (Supplier s : tinySuppliers()) {
        Document doc = documents.build(s);
        doc.removeFields(IndexFields.ALL);
        doc.removeFields(IndexFields.SPELLING);
        doc.removeFields(IndexFields.SUGGEST);
        String text = s.name() + "\n" + s.summary();
        doc.add(new TextField("all", text, Field.Store.NO));
        doc.add(new TextField("spelling", text, Field.Store.NO));
        doc.add(new TextField("suggest", s.name(), Field.Store.NO));
        for (Product p : s.products()) {
          doc.add(new TextField("productNames", p.name(), Field.Store.NO));
        }
        w.addDocument(doc);
      }
      w.setLiveCommitData(Map.of("generation", Long.toString(generation), "facetLayout", "2").entrySet());
      w.commit();
    }
  }

  private static List<Supplier> tinySuppliers() throws IOException {
    List<Supplier> out = new java.util.ArrayList<>();
    try (InputStream in = Files.newInputStream(TestCatalogue.TINY)) {
      TestCatalogue.reader().read(in, line -> {
        if (line.validation().isValid()) {
          out.add(line.validation().supplier());
        }
      });
    }
    return out;
  }
}
