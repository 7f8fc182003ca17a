package org.supplierdiscovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.supplierdiscovery.config.ConfigLoader;
import org.supplierdiscovery.config.IndexConfig;
import org.apache.lucene.store.Directory;
import org.supplierdiscovery.index.CatalogueIndex;
import org.supplierdiscovery.index.CatalogueWriter;
import org.supplierdiscovery.ingest.CatalogueLoader;
import org.supplierdiscovery.ingest.CatalogueReader;
import org.supplierdiscovery.ingest.LoadReport;
import org.supplierdiscovery.ingest.SupplierValidator;
import org.supplierdiscovery.search.FacetValue;
import org.supplierdiscovery.search.SearchResponse;
import org.supplierdiscovery.search.SearchService;

/** Test wiring: the project's real configuration over an in-memory index loaded from a fixture. */
public final class TestCatalogue implements AutoCloseable {
  public static final Path CONFIG = Path.of("index-config");
  public static final Path TINY = Path.of("src/test/resources/fixtures/tiny.jsonl");
  public static final Path SAMPLE = Path.of("sample-data/suppliers.jsonl");
  private static IndexConfig config;

  public final CatalogueWriter writer;
  public final CatalogueIndex index;
  public final SearchService search;
  public final LoadReport report;

  private TestCatalogue(Directory directory, Path data, Clock clock) throws IOException {
    writer = new CatalogueWriter(directory, config(), clock);
    index = writer.index();
    search = new SearchService(index, config());
    report = new CatalogueLoader(reader(), writer).load(data, line -> {});
  }

  public static synchronized IndexConfig config() {
    if (config == null) {
      config = new ConfigLoader().load(CONFIG);
    }
    return config;
  }

  public static CatalogueReader reader() {
    return new CatalogueReader(new SupplierValidator(config().taxonomy()));
  }

  public static TestCatalogue load(Path data) {
    return load(new ByteBuffersDirectory(), data, Clock.systemUTC());
  }

  /** The JSON Lines {@code records}, written to a file in {@code dir} and loaded; every line must be accepted. */
  public static TestCatalogue of(Path dir, String records) {
    try {
      Path data = Files.writeString(dir.resolve("suppliers.jsonl"), records);
      TestCatalogue catalogue = load(data);
      if (!catalogue.report.rejected().isEmpty()) {
        catalogue.close();
        throw new IllegalArgumentException("rejected: " + catalogue.report.rejected());
      }
      return catalogue;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code data} loaded into {@code directory}, with changes stamped by {@code clock}. */
  public static TestCatalogue load(Directory directory, Path data, Clock clock) {
    try {
      return new TestCatalogue(directory, data, clock);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * value=count for the non-zero values of a dimension in an answer, selected ones marked with '*',
   * lots as "framework / lot".
   */
  public static Map<String, Long> facetCounts(SearchResponse r, String dim) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (FacetValue v : r.facets().get(dim)) {
      if (v.count() > 0 || v.selected()) {
        out.put(v.value() + (v.selected() ? "*" : ""), v.count());
      }
      for (FacetValue lot : v.children()) {
        if (lot.count() > 0 || lot.selected()) {
          out.put(v.value() + " / " + lot.value() + (lot.selected() ? "*" : ""), lot.count());
        }
      }
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
