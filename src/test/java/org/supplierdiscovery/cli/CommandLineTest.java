package org.supplierdiscovery.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.supplierdiscovery.TestCatalogue;
import picocli.CommandLine;

/** The commands run in process, as a user runs them, with their output and exit codes. */
@Timeout(60)
class CommandLineTest {
  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    if (!all.contains("--help")) {
      all.addAll(List.of("--config", TestCatalogue.CONFIG.toString()));
    }
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(all.toArray(String[]::new));
  }

  private Path index() {
    return dir.resolve("index");
  }

  private Path file(String name, String... lines) throws IOException {
    return Files.write(dir.resolve(name), List.of(lines));
  }

  private static String line(String id, String name) {
    return """
        {"id":"%s","name":"%s","summary":"Wearable remote monitoring.","technologyAreas":["Wearables"],\
        "listings":[{"framework":"Spark DPS","status":"active","since":"2025-01-01"}]}""".formatted(id, name);
  }

  private int size() throws IOException {
    try (Engine e = Engine.openReadOnly(TestCatalogue.CONFIG, index())) {
      return e.index().size();
    }
  }

  private long generation() throws IOException {
    try (Engine e = Engine.openReadOnly(TestCatalogue.CONFIG, index())) {
      return e.index().generation();
    }
  }

  @Test
  void searchWorksBesideAnEngineHoldingTheIndexForWriting() throws IOException {
    assertEquals(0, run("index", "--data", TestCatalogue.TINY.toString(), "--index", index().toString()));
    try (Engine server = Engine.open(TestCatalogue.CONFIG, index())) {
      assertEquals(0, run("search", "remote monitoring", "--index", index().toString()), err.toString());
      assertTrue(out.toString().contains("1 suppliers for \"remote monitoring\" (page 1, "), out.toString());
      assertTrue(out.toString().contains("catalogue generation 1)"), out.toString());
      assertEquals(6, server.index().size());
    }
  }

  @Test
  void indexIntoAnIndexAServerHoldsSaysWhatToDoWithItsOwnExitCode() throws IOException {
    try (Engine server = Engine.open(TestCatalogue.CONFIG, index())) {
      assertEquals(Main.EXIT_INDEX_IN_USE,
          run("index", "--data", TestCatalogue.TINY.toString(), "--index", index().toString()));
      assertTrue(err.toString().startsWith("error: the index " + index() + " is in use by another process, most"
          + " likely a running server. Stop the server first, or send the changes to it: curl -X POST"
          + " http://HOST:PORT/api/suppliers/_bulk"), err.toString());
      assertEquals(0, server.index().size());
    }
  }

  @Test
  void aMissingIndexIsAnErrorAndNoIndexIsCreated() throws IOException {
    Path typo = dir.resolve("indx");
    assertEquals(Main.EXIT_NO_INDEX, run("search", "remote monitoring", "--index", typo.toString()));
    assertEquals("error: no index at " + typo + " (no such directory); check --index, or build one with the index"
        + " command" + System.lineSeparator(), err.toString());
    assertFalse(Files.exists(typo));

    Path empty = Files.createDirectory(dir.resolve("empty"));
    assertEquals(Main.EXIT_NO_INDEX, run("search", "remote monitoring", "--index", empty.toString()));
    try (var files = Files.list(empty)) {
      assertEquals(List.of(), files.toList());
    }
  }

  @Test
  void indexMergesByDefaultAndReplaceMakesTheIndexMatchTheFile() throws IOException {
    assertEquals(0, run("index", "--data", TestCatalogue.TINY.toString(), "--index", index().toString()));
    assertEquals(0, run("index", "--data", file("one.jsonl", line("new-one", "New One")).toString(), "--index",
        index().toString()));
    assertEquals(7, size());
    Path two = file("two.jsonl", line("only-a", "Only A"), line("only-b", "Only B"));
    assertEquals(0, run("index", "--replace", "--data", two.toString(), "--index", index().toString()));
    assertEquals(2, size());
    try (Engine e = Engine.openReadOnly(TestCatalogue.CONFIG, index())) {
      assertTrue(e.index().contains("only-a"));
      assertFalse(e.index().contains("alpha-rpm"));
      assertFalse(e.index().contains("new-one"));
    }
  }

  @Test
  void replaceWithARejectedLineChangesNothing() throws IOException {
    assertEquals(0, run("index", "--data", TestCatalogue.TINY.toString(), "--index", index().toString()));
    long before = generation();
    Path bad = file("bad.jsonl", line("only-a", "Only A"), "{\"id\":\"broken\"}");
    assertEquals(Main.EXIT_REJECTED, run("index", "--replace", "--data", bad.toString(), "--index",
        index().toString()));
    assertTrue(out.toString().contains("1 lines rejected, so nothing changed"), out.toString());
    assertEquals(6, size());
    assertEquals(before, generation());
  }

  @Test
  void twoLinesWithOneIdAreRejectedNamingBothLines() throws IOException {
    Path twice = file("twice.jsonl", line("same", "First"), line("other", "Other"), line("same", "Second"));
    assertEquals(Main.EXIT_REJECTED, run("index", "--data", twice.toString(), "--index", index().toString()));
    assertTrue(out.toString().contains("rejected line 3 (id same): id: 'same' is on line 1 and line 3; an id may"
        + " appear once"), out.toString());
  }

  @Test
  void aBusyPortIsAClearErrorBeforeAnythingIsLoaded() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      assertEquals(Main.EXIT_PORT_IN_USE, run("serve", "--host", "127.0.0.1", "--port", Integer.toString(port),
          "--index", index().toString(), "--data", TestCatalogue.TINY.toString()));
      assertEquals("error: port " + port + " on 127.0.0.1 is already in use; stop what uses it or choose another"
          + " with --port" + System.lineSeparator(), err.toString());
      assertFalse(Files.exists(index()));
    }
  }

  @Test
  void aRecordsDatabaseThatCannotBeOpenedIsAConfigurationErrorBeforeAnythingIsLoaded() throws IOException {
    assertEquals(Main.EXIT_BAD_INPUT, run("serve", "--host", "127.0.0.1", "--port", "0", "--index", index().toString(),
        "--data", TestCatalogue.TINY.toString(), "--records-url", "jdbc:nosuchdb:records"));
    assertTrue(err.toString().startsWith("error: configuration error: the records database (--records-url or"
        + " SUPPLIER_DISCOVERY_RECORDS_URL) cannot be opened: "), err.toString());
    assertFalse(Files.exists(index()));
  }

  @Test
  void helpListsEveryExitCode() {
    assertEquals(0, run("--help"));
    String help = out.toString();
    for (String code : List.of("0    success", "1    some records rejected", "2    bad input or configuration",
        "3    file or directory problem", "4    no index at --index", "5    the index is in use by another process",
        "6    the port to serve on is in use", "70   unexpected error")) {
      assertTrue(help.contains(code), help);
    }
  }
}
