package org.supplierdiscovery.cli;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.supplierdiscovery.analysis.ConceptDictionary;
import org.supplierdiscovery.catalogue.Supplier;
import org.supplierdiscovery.config.ConfigException;
import org.supplierdiscovery.config.ConfigLoader;
import org.supplierdiscovery.config.IndexConfig;
import org.supplierdiscovery.index.CatalogueIndex;
import org.supplierdiscovery.index.CatalogueWriter;
import org.supplierdiscovery.index.SupplierDocument;
import org.supplierdiscovery.ingest.CatalogueLoader;
import org.supplierdiscovery.ingest.CatalogueReader;
import org.supplierdiscovery.ingest.SupplierValidator;
import org.supplierdiscovery.ingest.Validation;
import org.supplierdiscovery.search.SearchService;

/**
 * Wires configuration, index and search service together; commands use it, tests wire their own.
 * Opened for writing it holds the index's write lock; opened read-only it holds none, so it can
 * search an index a running server writes.
 */
public final class Engine implements Closeable {
  private final IndexConfig config;
  private final Directory directory;
  private final Optional<CatalogueWriter> writer;
  private final CatalogueIndex index;
  private final SearchService search;
  private final CatalogueReader reader;

  private Engine(IndexConfig config, Directory directory, Optional<CatalogueWriter> writer, CatalogueIndex index) {
    this.config = config;
    this.directory = directory;
    this.writer = writer;
    this.index = index;
    this.search = new SearchService(index, config);
    this.reader = new CatalogueReader(new SupplierValidator(config.taxonomy()));
  }

  /** Opens (or creates) the index for writing; fails if another process holds it. */
  public static Engine open(Path configDir, Path indexDir) throws IOException {
    IndexConfig config = new ConfigLoader().load(configDir);
    if (Files.exists(indexDir) && !Files.isDirectory(indexDir)) {
      throw new IOException(indexDir + " is not a directory");
    }
    Files.createDirectories(indexDir);
    if (!Files.isWritable(indexDir)) {
      throw new AccessDeniedException(indexDir.toString());
    }
    Directory directory = FSDirectory.open(indexDir);
    CatalogueWriter writer;
    try {
      writer = new CatalogueWriter(directory, config, Clock.systemUTC());
    } catch (LockObtainFailedException held) {
      directory.close();
      throw new IndexInUseException(indexDir, held);
    }
    Engine engine = new Engine(config, directory, Optional.of(writer), writer.index());
    try {
      if (engine.index.needsUpgrade(writer.layout())) {
        int rewritten = writer.upgrade(json -> engine.storedSupplier(json, indexDir));
        System.err.printf(
            "index %s: %d suppliers rewritten in the current layout and concept names%n", indexDir, rewritten);
      }
    } catch (IOException | RuntimeException e) {
      engine.close();
      throw e;
    }
    return engine;
  }

  /** Opens the last commit of an existing index for searching, without the write lock. */
  public static Engine openReadOnly(Path configDir, Path indexDir) throws IOException {
    return openReadOnly(new ConfigLoader().load(configDir), indexDir);
  }

  /** Opens the last commit of an existing index for searching with an already loaded configuration. */
  public static Engine openReadOnly(IndexConfig config, Path indexDir) throws IOException {
    if (!Files.isDirectory(indexDir)) {
      throw new IndexMissingException(indexDir, "no such directory");
    }
    Directory directory = FSDirectory.open(indexDir);
    try {
      if (!CatalogueIndex.exists(directory)) {
        throw new IndexMissingException(indexDir, "the directory holds no index");
      }
      CatalogueIndex index = new CatalogueIndex(directory);
      if (index.needsUpgrade(SupplierDocument.layout(new ConceptDictionary(config), config.semantic()))) {
        index.close();
        throw new ConfigException("the index " + indexDir + " was written by an earlier version or with other"
            + " concept names or meaning settings (index-config/); start serve or run the index command on it once to rewrite it");
      }
      return new Engine(config, directory, Optional.empty(), index);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
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

  /** The writer; only an engine opened for writing has one. */
  public CatalogueWriter writer() {
    return writer.orElseThrow(() -> new IllegalStateException("the index was opened read-only"));
  }

  public SearchService search() {
    return search;
  }

  public CatalogueReader reader() {
    return reader;
  }

  public CatalogueLoader loader() {
    return new CatalogueLoader(reader, writer());
  }

  @Override
  public void close() throws IOException {
    try {
      if (writer.isPresent()) {
        writer.get().close();
      } else {
        index.close();
      }
    } finally {
      directory.close();
    }
  }
}
