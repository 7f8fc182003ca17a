package org.supplierdiscovery.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.supplierdiscovery.TestCatalogue;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.index.CatalogueWriter;
import org.supplierdiscovery.index.ChangeOutcome;
import org.supplierdiscovery.ingest.FieldError;
import org.supplierdiscovery.ingest.SupplierValidator;
import org.supplierdiscovery.search.SearchRequest;
import org.supplierdiscovery.search.SortOrder;

class CatalogueAdminTest {
  private final ObjectMapper json = new ObjectMapper();
  private TestCatalogue catalogue;
  private CatalogueWriter writer;
  private CatalogueAdmin admin;

  @BeforeEach
  void open() {
    catalogue = TestCatalogue.load(TestCatalogue.TINY);
    writer = catalogue.writer;
    admin = new CatalogueAdmin(new SupplierValidator(TestCatalogue.config().taxonomy()), writer, catalogue.index);
  }

  @AfterEach
  void close() throws Exception {
    writer.close();
    catalogue.close();
  }

  private static String record(String id, String status) {
    return """
        {"id":"%s","name":"Quokka Sensors","summary":"Wearable remote monitoring.","technologyAreas":["Wearables"],
         "listings":[{"framework":"Spark DPS","status":"%s","since":"2025-01-01"%s}]}"""
        .formatted(id, status, status.equals("active") ? "" : ",\"reason\":\"annual-review\"");
  }

  private long found(String need, List<String> status) {
    Map<Dimension, List<String>> filters = status.isEmpty() ? Map.of() : Map.of(Dimension.STATUS, status);
    return catalogue.search.search(new SearchRequest(need, filters, SortOrder.RELEVANCE, 1, 10)).total();
  }

  @Test
  void addSuspendAndRemoveASupplier() throws Exception {
    long before = catalogue.index.generation();
    CatalogueWriter.Receipt created = admin.put("quokka", json.readTree(record("quokka", "active")));
    assertEquals(before + 1, created.generation());
    assertEquals(List.of(ChangeOutcome.CREATED), created.outcomes());
    assertEquals(1, found("quokka", List.of()));
    assertEquals(List.of(ChangeOutcome.REPLACED),
        admin.put("quokka", json.readTree(record("quokka", "suspended"))).outcomes());
    assertEquals(0, found("quokka", List.of()));
    assertEquals(1, found("quokka", List.of("suspended")));
    assertEquals(List.of(ChangeOutcome.DELETED), admin.delete("quokka").outcomes());
    assertEquals(0, found("quokka", List.of("suspended")));
    assertEquals(List.of(ChangeOutcome.NOT_FOUND), admin.delete("quokka").outcomes());
    assertEquals(List.of("delete", "upsert", "upsert"),
        admin.history("quokka", 10).stream().map(e -> e.action()).toList());
  }

  @Test
  void aRejectedRecordChangesNothing() throws Exception {
    long generation = catalogue.index.generation();
    var bad = json.readTree(record("other-id", "paused"));
    InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> admin.put("quokka", bad));
    assertEquals(
        List.of("listings[0].status", "id"), e.errors().stream().map(FieldError::field).toList());
    assertEquals(generation, catalogue.index.generation());
    assertEquals(6, catalogue.index.size());
  }

  @Test
  void aBatchOfManyBadLinesGetsABoundedReport() throws Exception {
    String bad = record("bulk-bad", "paused").replace("\n", "").replace("\"technologyAreas\":[",
        "\"technologyAreas\":[" + "\"x\",".repeat(50));
    BulkResult r = admin.bulk((bad + "\n").repeat(500));
    assertEquals(500, r.rejected());
    assertEquals(BulkResult.SHOWN, r.lines().size());
    assertEquals(500 - BulkResult.SHOWN, r.moreRejected());
    for (BulkOutcome line : r.lines()) {
      assertEquals(BulkOutcome.MAX_ERRORS, line.errors().size(), "51 errors a line, 20 kept");
      line.errors().forEach(e -> assertEquals(true, e.reason().length() <= BulkOutcome.MAX_REASON, e.reason()));
    }
  }

  @Test
  void bulkAppliesGoodLinesAndReportsBadOnes() throws Exception {
    String body = String.join("\n",
        record("bulk-1", "active").replace("\n", ""),
        "{not json",
        "{\"delete\":\"alpha-rpm\"}",
        record("bulk-2", "paused").replace("\n", ""),
        "");
    BulkResult r = admin.bulk(body);
    assertEquals(2, r.accepted());
    assertEquals(2, r.rejected());
    assertEquals(List.of(2L, 4L), r.lines().stream().map(BulkOutcome::line).toList(), "the rejected lines");
    assertEquals("listings[0].status", r.lines().get(1).errors().get(0).field());
    assertEquals(0, r.moreRejected());
    assertEquals(6, catalogue.index.size());
    assertEquals(0, found("\"Alpha Remote Care\"", List.of()));
  }
}
