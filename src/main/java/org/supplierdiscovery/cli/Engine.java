package org.supplierdiscovery.cli;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.store.FSDirectory;
import org.supplierdiscovery.catalogue.Supplier;
import org.supplierdiscovery.config.ConfigException;
import org.supplierdiscovery.config.ConfigLoader;
import org.supplierdiscovery.config.IndexConfig;
import org.supplierdiscovery.index.CatalogueIndex;
import org.supplierdiscovery.ingest.CatalogueLoader;
import org.supplierdiscovery.ingest.CatalogueReader;
import org.supplierdiscovery.ingest.SupplierValidator;
import org.supplierdiscovery.ingest.Validation;
import org.supplierdiscovery.search.SearchService;

/** Wires configuration, index and search service together; commands use it, tests wire their own. */
public final class Engine implements Closeable {
  private final IndexConfig config;
  private final CatalogueIndex index;
  private final SearchService search;
  private final CatalogueReader reader;

  private Engine(IndexConfig config, CatalogueIndex index) {
    this.config = config;
    this.index = index;
    this.search = new SearchService(index, config);
    this.reader = new CatalogueReader(new SupplierValidator(config.taxonomy()));
  }

  public static Engine open(Path configDir, Path indexDir) throws IOException {
    IndexConfig config = new ConfigLoader().load(configDir);
    if (Files.exists(indexDir) && !Files.isDirectory(indexDir)) {
      throw new IOException(indexDir + " is not a directory");
    }
    Files.createDirectories(indexDir);
    if (!Files.isWritable(indexDir)) {
      throw new java.nio.file.AccessDeniedException(indexDir.toString());
    }
    Engine engine = new Engine(config, new CatalogueIndex(FSDirectory.open(indexDir), config));
    if (engine.index.needsUpgrade()) {
      try {
        int rewritten = engine.index.upgrade(json -> engine.storedSupplier(json, indexDir));
        System.err.printf("index %s: %d suppliers rewritten in the current facet layout%n", indexDir, rewritten);
      } catch (IOException | RuntimeException e) {
        engine.close();
        throw e;
      }
    }
    return engine;
  }

  /** A record stored in the index, read back through the same validation as a catalogue line. */
  private Supplier storedSupplier(String json, Path indexDir) {
    Validation v = reader.parse(json);
    if (v == null || !v.isValid()) {
      throw new ConfigException(
          "the index " + indexDir + " was written by an earlier version and holds a record the current"
              + " configuration rejects, so it was left as it was; rebuild it with the index command."
              + " Record " + (v == null ? "(blank)" : v.id() + ": " + v.errors()));
    }
    return v.supplier();
  }

  public IndexConfig config() {
    return config;
  }

  public CatalogueIndex index() {
    return index;
  }

  public SearchService search() {
    return search;
  }

  public CatalogueReader reader() {
    return reader;
  }

  public CatalogueLoader loader() {
    return new CatalogueLoader(reader, index);
  }

  @Override
  public void close() throws IOException {
    index.close();
    index.directory().close();
  }
}
