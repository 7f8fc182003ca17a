package org.supplierdiscovery.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supplierdiscovery.TestCatalogue.facetCounts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supplierdiscovery.TestCatalogue;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.catalogue.Supplier;
import org.supplierdiscovery.config.ConfigException;
import org.supplierdiscovery.index.FacetFields;
import org.supplierdiscovery.index.IndexFields;
import org.supplierdiscovery.index.SupplierDocument;
import org.supplierdiscovery.search.SearchRequest;
import org.supplierdiscovery.search.SearchResponse;
import org.supplierdiscovery.search.SortOrder;

/** An index written with the earlier facet layout (every dimension in one field) opens as it was. */
class EngineUpgradeTest {
  @TempDir
  Path dir;

  @Test
  void anIndexInTheEarlierLayoutIsRewrittenFromItsStoredRecordsKeepingItsGeneration() throws IOException {
    writeEarlierLayout(tinySuppliers(), 7);

    try (Engine engine = Engine.open(TestCatalogue.CONFIG, dir)) {
      assertFalse(engine.index().needsUpgrade(engine.writer().layout()));
      assertEquals(7, engine.index().generation());
      assertEquals(6, engine.index().size());
      SearchResponse all = browse(engine, Map.of());
      assertEquals(5, all.total());
      assertEquals(
          Map.of("Wearables", 2L, "Data", 2L, "Internet of Things (IoT)", 1L,
              "Artificial intelligence (AI) and automation", 1L),
          facetCounts(all, "technologyArea"));
      assertEquals(Map.of("active*", 5L, "suspended", 2L, "removed", 1L), facetCounts(all, "status"));
      assertEquals(2, browse(engine, Map.of(Dimension.TECHNOLOGY_AREA, List.of("Wearables"))).total());
      assertEquals(1, browse(engine, Map.of(Dimension.LOT, List.of("Lot 1 - Digital triage"))).total());
    }
    try (Engine again = Engine.open(TestCatalogue.CONFIG, dir)) {
      assertFalse(again.index().needsUpgrade(again.writer().layout()));
      assertEquals(7, again.index().generation());
    }
  }

  @Test
  void aStoredRecordTheConfigurationNowRejectsStopsTheUpgradeAndChangesNothing() throws IOException {
    List<Supplier> suppliers = new ArrayList<>(tinySuppliers());
    Supplier s = suppliers.remove(0);
    suppliers.add(
        new Supplier(
            s.id(), s.name(), s.summary(), s.description(), s.website(), s.sme(), s.regions(),
            List.of("Telepathy"), s.capabilities(), s.pathways(), s.standards(), s.listings(),
            s.products(), s.deployments(), s.updated(), s.contact()));
    writeEarlierLayout(suppliers, 3);
    List<String> filesBefore = files();

    ConfigException e = assertThrows(ConfigException.class, () -> Engine.open(TestCatalogue.CONFIG, dir));
    assertTrue(e.getMessage().contains(s.id()), e.getMessage());
    assertTrue(e.getMessage().contains("Telepathy"), e.getMessage());
    assertTrue(e.getMessage().contains("rebuild"), e.getMessage());

    try (var directory = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      assertEquals(6, reader.numDocs());
      assertEquals("3", reader.getIndexCommit().getUserData().get("generation"));
      assertNull(reader.getIndexCommit().getUserData().get("facetLayout"));
    }
    assertEquals(filesBefore, files());
  }

  @Test
  void anIndexMarkedWithOtherConceptNamesIsRewrittenSoANewSynonymFindsItsSuppliers() throws IOException {
    Path config = dir.resolve("config");
    Path index = dir.resolve("index");
    Files.createDirectories(config);
    try (var files = Files.list(TestCatalogue.CONFIG)) {
      for (Path f : files.toList()) {
        Files.copy(f, config.resolve(f.getFileName()));
      }
    }
    Path synonyms = config.resolve("synonyms.txt");
    String withoutTelemonitoring = Files.readString(synonyms).replace(", telemonitoring", "");
    Files.writeString(synonyms, withoutTelemonitoring);
    Path data = dir.resolve("suppliers.jsonl");
    Files.writeString(data,
        """
            {"id":"telly","name":"Telly Health","summary":"Telemonitoring of patients at home.","technologyAreas":["Data"],"listings":[{"framework":"Spark DPS","status":"active","since":"2024-03-01"}]}
            """);
    try (Engine engine = Engine.open(config, index)) {
      engine.loader().load(data, line -> {});
      assertEquals(0,
          engine.search().search(new SearchRequest("remote monitoring", Map.of(), SortOrder.RELEVANCE, 1, 10))
              .total());
    }
    Files.writeString(synonyms, withoutTelemonitoring.replace("home monitoring,", "home monitoring, telemonitoring,"));

    ConfigException stale = assertThrows(ConfigException.class, () -> Engine.openReadOnly(config, index));
    assertTrue(stale.getMessage().contains("other concept names"), stale.getMessage());
    try (Engine engine = Engine.open(config, index)) {
      assertEquals(1, engine.index().generation());
      assertEquals(1,
          engine.search().search(new SearchRequest("remote monitoring", Map.of(), SortOrder.RELEVANCE, 1, 10))
              .total());
    }
  }

  private List<String> files() throws IOException {
    try (var list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).filter(n -> !n.equals("write.lock")).sorted().toList();
    }
  }

  private static List<Supplier> tinySuppliers() throws IOException {
    List<Supplier> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(TestCatalogue.TINY)) {
      TestCatalogue.reader().read(in, line -> {
        if (line.validation().isValid()) {
          out.add(line.validation().supplier());
        }
      });
    }
    return out;
  }

  /** Layout 1: every dimension in Lucene's default facet field, and no layout in the commit. */
  private void writeEarlierLayout(List<Supplier> suppliers, long generation) throws IOException {
    FacetsConfig earlier = new FacetsConfig();
    FacetFields.DIMS.forEach(d -> earlier.setMultiValued(d, true));
    earlier.setHierarchical(IndexFields.LISTING_DIM, true);
    SupplierDocument documents = new SupplierDocument(earlier, TestCatalogue.config().indexAnalyzer());
    try (var directory = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(TestCatalogue.config().indexAnalyzer()))) {
      for (Supplier s : suppliers) {
        w.addDocument(documents.build(s));
      }
      w.setLiveCommitData(Map.of("generation", Long.toString(generation)).entrySet());
      w.commit();
    }
  }

  private static SearchResponse browse(Engine engine, Map<Dimension, List<String>> filters) {
    return engine.search().search(new SearchRequest("", filters, SortOrder.NAME, 1, 10));
  }
}
