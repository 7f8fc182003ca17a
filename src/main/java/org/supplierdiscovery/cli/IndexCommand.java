package org.supplierdiscovery.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.supplierdiscovery.ingest.LoadReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code index --data FILE}: loads a catalogue file, reporting each rejected record. */
@Command(name = "index", mixinStandardHelpOptions = true, description = {
    "Load a JSON Lines catalogue into the index, in one commit.",
    "By default the file is merged: each supplier in it is added or replaced by id, and suppliers not in the file"
        + " stay. With --replace the index afterwards holds exactly the file's suppliers; if any line is rejected,"
        + " nothing changes.",
    "An id may appear on one line of a file only. The index must not be in use by a running server (send the"
        + " file to POST /api/suppliers/_bulk instead)."})
final class IndexCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;
  @Mixin
  EngineOptions engine;

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "Catalogue in JSON Lines.")
  Path data;

  @Option(names = "--replace", description = "Make the index hold exactly the suppliers in the file (all or nothing).")
  boolean replace;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(data)) {
      throw new NoSuchFileException(data.toString());
    }
    PrintWriter out = spec.commandLine().getOut();
    long lines = countLines(data);
    try (Engine e = Engine.open(engine.config, engine.index)) {
      LoadReport report;
      try (ProgressBar bar = progressBar(lines)) {
        report = e.loader().load(data, replace, bar::stepTo);
        bar.stepTo(lines);
      }
      report.rejected().forEach(r -> out.println("rejected " + r));
      if (!report.applied()) {
        out.printf("%d lines rejected, so nothing changed (--replace loads all or nothing); index %s holds %d"
            + " suppliers (generation %d)%n", report.rejected().size(), engine.index, e.index().size(),
            report.generation());
        return Main.EXIT_REJECTED;
      }
      out.printf(
          "loaded %d, rejected %d, in %.1f s; index %s holds %d suppliers (generation %d)%n",
          report.loaded(), report.rejected().size(), report.took().toMillis() / 1000.0,
          engine.index, e.index().size(), report.generation());
      return report.rejected().isEmpty() ? 0 : Main.EXIT_REJECTED;
    }
  }

  private static ProgressBar progressBar(long lines) {
    return new ProgressBarBuilder()
        .setTaskName("Loading")
        .setInitialMax(lines)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .hideEta()
        .setUpdateIntervalMillis(250)
        .build();
  }

  static long countLines(Path file) throws IOException {
    long lines = 0;
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buf)) > 0;) {
        for (int i = 0; i < n; i++) {
          if (buf[i] == '\n') {
            lines++;
          }
        }
      }
    }
    return Math.max(lines, 1);
  }
}
