package org.supplierdiscovery.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.supplierdiscovery.index.CatalogueWriterTest.emptyCapability;
import static org.supplierdiscovery.index.CatalogueWriterTest.supplier;
import static org.supplierdiscovery.index.CatalogueWriterTest.upsert;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.supplierdiscovery.TestCatalogue;
import org.supplierdiscovery.search.Hit;
import org.supplierdiscovery.search.SearchRequest;
import org.supplierdiscovery.search.SearchService;

/** Loads and groups applied on several threads: whole or not at all, and in order for each supplier. */
@Timeout(60)
class ParallelLoadTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
  private static final int THREADS = 4;
  private final CatalogueWriter writer;

  ParallelLoadTest() throws IOException {
    writer = new CatalogueWriter(new ByteBuffersDirectory(), TestCatalogue.config(), CLOCK, THREADS);
  }

  @AfterEach
  void close() {
    writer.close();
  }

  private static List<Change> suppliers(int from, int to) {
    List<Change> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      out.add(upsert(supplier("s" + i, "Supplier " + i)));
    }
    return out;
  }

  @Test
  void changesToOneSupplierInALoadApplyInTheOrderSentWhateverBatchTheyAreIn() throws Exception {
    Optional<CatalogueWriter.Receipt> r = writer.load(sink -> {
      for (int batch = 0; batch < 20; batch++) {
        List<Change> changes = suppliers(batch * 50, batch * 50 + 50);
        changes.add(upsert(supplier("moving", "Moving Version " + batch)));
        changes.add(new Change.Delete("s" + (batch * 50)));
        sink.accept(changes);
      }
      sink.accept(List.of(new Change.Delete("moving"), upsert(supplier("moving", "Moving Final Quokka"))));
      return Optional.of("test load");
    }, false);

    assertEquals(1, r.orElseThrow().generation());
    assertEquals(1000 - 20 + 1, writer.index().size());
    assertFalse(writer.index().contains("s0"));
    assertEquals(List.of("Moving Final Quokka"), storedNames("moving"));
    var search = new SearchService(writer.index(), TestCatalogue.config());
    assertEquals(List.of("moving"), search.search(SearchRequest.of("quokka")).hits().stream().map(Hit::id).toList());
  }

  @Test
  void aRecordThatCannotBeBuiltOnAnyThreadLeavesTheCatalogueAsItWas() throws Exception {
    writer.load(sink -> {
      sink.accept(suppliers(0, 10));
      return Optional.of("first");
    }, false);

    assertThrows(ChangeRejectedException.class, () -> writer.load(sink -> {
      for (int batch = 0; batch < 10; batch++) {
        List<Change> changes = suppliers(100 + batch * 100, 200 + batch * 100);
        if (batch == 5) {
          changes.add(50, upsert(emptyCapability("broken")));
        }
        sink.accept(changes);
      }
      return Optional.of("second");
    }, true));

    assertEquals(10, writer.index().size());
    assertEquals(1, writer.index().generation());
    assertFalse(writer.index().contains("s150"));
  }

  @Test
  void aReplacingLoadHoldsEachSupplierOnceAsItWasLastSent() throws Exception {
    writer.load(sink -> {
      sink.accept(suppliers(0, 10));
      return Optional.of("first");
    }, false);

    writer.load(sink -> {
      sink.accept(suppliers(5, 15));
      sink.accept(List.of(upsert(supplier("s5", "Fifth Again"))));
      return Optional.of("second");
    }, true);

    assertEquals(10, writer.index().size());
    assertFalse(writer.index().contains("s4"));
    assertEquals(List.of("Fifth Again"), storedNames("s5"));
    assertEquals(List.of("Supplier 14"), storedNames("s14"));
  }

  @Test
  void aLargeWriteDecidesEachOutcomeInOrderAndAppliesIt() throws Exception {
    List<Change> changes = suppliers(0, 500);
    changes.add(new Change.Delete("s7"));
    changes.add(upsert(supplier("s7", "Seventh Again")));
    changes.add(new Change.Delete("s8"));
    CatalogueWriter.Receipt r = writer.write(changes, "POST /api/suppliers/_bulk");

    assertEquals(List.of(ChangeOutcome.DELETED, ChangeOutcome.CREATED, ChangeOutcome.DELETED),
        r.outcomes().subList(500, 503));
    assertEquals(499, writer.index().size());
    assertFalse(writer.index().contains("s8"));
    assertEquals(List.of("delete", "upsert", "upsert"),
        writer.index().history("s7", 10).stream().map(AuditEntry::action).sorted().toList());
  }

  private List<String> storedNames(String id) throws IOException {
    return writer.index().withSearcher(s -> {
      List<String> names = new ArrayList<>();
      for (ScoreDoc d : s.search(new TermQuery(new Term(IndexFields.ID, id)), 10).scoreDocs) {
        names.add(s.storedFields().document(d.doc).get(IndexFields.NAME));
      }
      return names;
    });
  }
}
