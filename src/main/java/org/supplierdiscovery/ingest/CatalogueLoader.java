package org.supplierdiscovery.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.supplierdiscovery.index.AuditEntry;
import org.supplierdiscovery.index.CatalogueIndex;
import org.supplierdiscovery.index.Change;

/**
 * Loads a catalogue file into the index: good records are upserted by id (so reloading is
 * idempotent), bad ones reported, and everything committed once at the end. Nothing already indexed
 * is lost when a file has bad records.
 */
public final class CatalogueLoader {
  private static final int BATCH = 1_000;
  private final CatalogueReader reader;
  private final CatalogueIndex index;

  public CatalogueLoader(CatalogueReader reader, CatalogueIndex index) {
    this.reader = reader;
    this.index = index;
  }

  /** Loads {@code file}; {@code progress} hears the line number as lines are read. */
  public LoadReport load(Path file, LongConsumer progress) throws IOException {
    long start = System.nanoTime();
    List<Change> batch = new ArrayList<>(BATCH);
    List<LoadReport.Rejected> rejected = new ArrayList<>();
    long[] loaded = {0};
    try (InputStream in = Files.newInputStream(file)) {
      reader.read(
          in,
          line -> {
            Validation v = line.validation();
            if (v.isValid()) {
              batch.add(new Change.Upsert(v.supplier()));
              loaded[0]++;
            } else {
              rejected.add(new LoadReport.Rejected(line.number(), v.id(), v.errors()));
            }
            if (batch.size() == BATCH) {
              flush(batch);
            }
            progress.accept(line.number());
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    flush(batch);
    index.audit(
        List.of(
            new AuditEntry(
                Instant.now(), index.nextGeneration(), "load", null,
                file.getFileName() + ": " + loaded[0] + " loaded, " + rejected.size() + " rejected")));
    long generation = index.commit();
    return new LoadReport(loaded[0], rejected, Duration.ofNanos(System.nanoTime() - start), generation);
  }

  private void flush(List<Change> batch) {
    try {
      index.applyUncommitted(batch);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    batch.clear();
  }
}
