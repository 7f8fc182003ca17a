package org.supplierdiscovery.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.supplierdiscovery.config.ConfigException;
import org.supplierdiscovery.search.InvalidRequestException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one jar's entry point: {@code index}, {@code search} and {@code serve}. */
@Command(name = "supplier-discovery", mixinStandardHelpOptions = true, version = "Supplier Discovery 0.1", description = "Find technology suppliers on NHS and public-sector procurement frameworks.", exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
    "0:success", "1:some records rejected (index: the rest loaded; index --replace: nothing changed)",
    "2:bad input or configuration", "3:file or directory problem, or the index cannot be written",
    "4:no index at --index (search never creates one)",
    "5:the index is in use by another process (a running server)", "6:the port to serve on is in use",
    "70:unexpected error (set SUPPLIER_DISCOVERY_DEBUG=1 for the details)"}, subcommands = {
        IndexCommand.class, SearchCommand.class, ServeCommand.class, EvaluateCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  static final int EXIT_REJECTED = 1;
  static final int EXIT_BAD_INPUT = 2;
  static final int EXIT_IO = 3;
  static final int EXIT_NO_INDEX = 4;
  static final int EXIT_INDEX_IN_USE = 5;
  static final int EXIT_PORT_IN_USE = 6;
  static final int EXIT_UNEXPECTED = 70;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(Main::handle);
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  /** One clear line and an exit code for the failures a user can fix; never a stack trace. */
  private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
    String message = switch (t) {
      case IndexMissingException m -> m.getMessage();
      case IndexInUseException u -> u.getMessage();
      case PortInUseException p -> p.getMessage();
      case ConfigException c -> "configuration error: " + c.getMessage();
      case InvalidRequestException r -> "invalid search: " + r.getMessage();
      case NoSuchFileException n -> "file or directory not found: " + n.getFile();
      case AccessDeniedException a -> "permission denied: " + a.getFile();
      case IOException io -> "cannot read or write: " + io.getMessage();
      default -> null;
    };
    if (message == null) {
      cli.getErr().printf("unexpected error: %s%n", t);
      if (System.getenv("SUPPLIER_DISCOVERY_DEBUG") != null) {
        t.printStackTrace(cli.getErr());
      }
      cli.getErr().flush();
      return EXIT_UNEXPECTED;
    }
    cli.getErr().printf("error: %s%n", message);
    cli.getErr().flush();
    return exitCode(t);
  }

  private static int exitCode(Throwable t) {
    return switch (t) {
      case IndexMissingException m -> EXIT_NO_INDEX;
      case IndexInUseException u -> EXIT_INDEX_IN_USE;
      case PortInUseException p -> EXIT_PORT_IN_USE;
      case IOException io -> EXIT_IO;
      default -> EXIT_BAD_INPUT;
    };
  }
}
