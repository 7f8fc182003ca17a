package org.supplierdiscovery.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command shares: where the index and the configuration live. */
final class EngineOptions {
  /** The launcher sets this so defaults resolve against the project, wherever it is run from. */
  static final Path HOME = Path.of(System.getProperty("supplierdiscovery.home", "."));

  @Option(names = "--index", paramLabel = "DIR", description = "Index directory (default: ${DEFAULT-VALUE}).")
  Path index = HOME.resolve("data/index");

  @Option(names = "--config", paramLabel = "DIR", description = "Configuration directory (default: ${DEFAULT-VALUE}).")
  Path config = HOME.resolve("index-config");
}
