package org.supplierdiscovery.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.supplierdiscovery.TestCatalogue;
import org.supplierdiscovery.catalogue.Supplier;
import org.supplierdiscovery.search.SearchRequest;

class CatalogueWriterTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

  private static Supplier supplier(String id, String name) {
    var node = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
    node.put("id", id).put("name", name).put("summary", name + " does remote monitoring.");
    node.putArray("technologyAreas").add("Wearables");
    node.putArray("listings").addObject().put("framework", "Spark DPS").put("status", "active").put("since",
        "2024-01-01");
    var v = new org.supplierdiscovery.ingest.SupplierValidator(TestCatalogue.config().taxonomy()).validate(node);
    assertTrue(v.isValid(), v.errors().toString());
    return v.supplier();
  }

  @Test
  void acknowledgedChangeIsVisibleToTheNextSearchAndStamped() throws Exception {
    try (TestCatalogue c = TestCatalogue.load(TestCatalogue.TINY);
        CatalogueWriter writer = new CatalogueWriter(c.index, CLOCK)) {
      CatalogueWriter.Receipt r = writer.write(List.of(new Change.Upsert(supplier("new-one", "Quokka Sensors"))),
          "PUT");
      assertEquals(2, r.generation());
      assertEquals(1, c.search.search(SearchRequest.of("quokka")).total());
      writer.write(List.of(new Change.Delete("new-one")), "DELETE");
      assertEquals(0, c.search.search(SearchRequest.of("quokka")).total());
      assertEquals(
          List.of(
              new AuditEntry(CLOCK.instant(), 3, "delete", "new-one", "DELETE"),
              new AuditEntry(CLOCK.instant(), 2, "upsert", "new-one", "PUT")),
          c.index.history("new-one", 10));
      assertEquals("load", c.index.history(null, 10).get(2).action());
      assertEquals(6, c.index.size());
    }
  }

  @Test
  void concurrentWritersShareCommits() throws Exception {
    int writers = 8;
    int each = 25;
    try (TestCatalogue c = TestCatalogue.load(TestCatalogue.TINY);
        CatalogueWriter writer = new CatalogueWriter(c.index, CLOCK)) {
      long before = c.index.generation();
      ExecutorService pool = Executors.newFixedThreadPool(writers);
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int id = w;
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < each; i++) {
                    writer.write(List.of(new Change.Upsert(supplier("w" + id + "-" + i, "Writer " + id))), "PUT");
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      pool.shutdown();
      assertEquals(6L + (long) writers * each, c.index.size());
      long commits = c.index.generation() - before;
      assertTrue(commits <= (long) writers * each, "commits " + commits);
      assertEquals((long) writers * each,
          c.index.history(null, 1000).stream().filter(e -> e.action().equals("upsert")).count());
    }
  }
}
