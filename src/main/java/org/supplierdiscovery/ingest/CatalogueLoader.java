package org.supplierdiscovery.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.supplierdiscovery.index.CatalogueWriter;
import org.supplierdiscovery.index.Change;
import org.supplierdiscovery.index.ChangeSource;

/**
 * Loads a catalogue file through the writer, in one commit. By default good records are upserted by
 * id (so reloading is idempotent), bad ones reported, and suppliers missing from the file stay. With
 * {@code replace} the catalogue afterwards holds exactly the file's suppliers, and if any line is
 * rejected nothing changes at all. An id may appear on one line of a file only.
 */
public final class CatalogueLoader {
  private static final int BATCH = 1_000;
  private final CatalogueReader reader;
  private final CatalogueWriter writer;

  public CatalogueLoader(CatalogueReader reader, CatalogueWriter writer) {
    this.reader = reader;
    this.writer = writer;
  }

  /** Merges {@code file} into the catalogue; {@code progress} hears the line number as lines are read. */
  public LoadReport load(Path file, LongConsumer progress) throws IOException {
    return load(file, false, progress);
  }

  /** Loads {@code file}, replacing the whole catalogue when {@code replace} is set. */
  public LoadReport load(Path file, boolean replace, LongConsumer progress) throws IOException {
    long start = System.nanoTime();
    Lines lines = new Lines();
    Optional<CatalogueWriter.Receipt> receipt = writer.load(sink -> lines.send(file, sink, progress, replace),
        replace);
    return new LoadReport(lines.loaded, lines.rejected, Duration.ofNanos(System.nanoTime() - start),
        receipt.map(CatalogueWriter.Receipt::generation).orElse(writer.index().generation()), receipt.isPresent());
  }

  /** One pass over a file: the good records go to the writer in batches, the rest are reported. */
  private final class Lines {
    private final List<LoadReport.Rejected> rejected = new ArrayList<>();
    private final Map<String, Long> firstLine = new HashMap<>();
    private long loaded;

    Optional<String> send(Path file, ChangeSource.Sink sink, LongConsumer progress, boolean replace)
        throws IOException {
      List<Change> batch = new ArrayList<>(BATCH);
      try (InputStream in = Files.newInputStream(file)) {
        reader.read(in, line -> {
          accept(line, batch);
          if (batch.size() == BATCH) {
            flush(sink, batch);
          }
          progress.accept(line.number());
        });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      sink.accept(List.copyOf(batch));
      if (replace && !rejected.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(file.getFileName() + ": " + loaded + " loaded, " + rejected.size() + " rejected"
          + (replace ? ", catalogue replaced" : ""));
    }

    private void accept(CatalogueLine line, List<Change> batch) {
      Validation v = line.validation();
      Long earlier = v.id() == null ? null : firstLine.putIfAbsent(v.id(), line.number());
      if (earlier != null) {
        rejected.add(new LoadReport.Rejected(line.number(), v.id(), List.of(new FieldError("id",
            "'" + v.id() + "' is on line " + earlier + " and line " + line.number() + "; an id may appear once"))));
      } else if (v.isValid()) {
        batch.add(new Change.Upsert(v.supplier()));
        loaded++;
      } else {
        rejected.add(new LoadReport.Rejected(line.number(), v.id(), v.errors()));
      }
    }

    private static void flush(ChangeSource.Sink sink, List<Change> batch) {
      try {
        sink.accept(List.copyOf(batch));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      batch.clear();
    }
  }
}
