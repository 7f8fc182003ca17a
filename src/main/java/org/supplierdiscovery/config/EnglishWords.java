package org.supplierdiscovery.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;

/**
 * A general English word list, so that a real word the catalogue lacks ("atrial", "audiology") is
 * searched as typed instead of being "corrected" to a catalogue word. Held as one minimal automaton
 * (about 3.9 MB for the 338,644 words of SCOWL's british-english-huge, where a {@code HashSet} of the
 * same words takes about 22 MB). The file is read at once, so a missing one fails start-up; the
 * automaton, a few hundred milliseconds of work, is built on its own thread while the rest of
 * start-up goes on, and the first word looked up waits for it.
 */
public final class EnglishWords {
  /** The automaton and how many distinct words it holds. */
  private record Words(Automaton automaton, int size) {}

  private final CompletableFuture<Words> words;

  private EnglishWords(CompletableFuture<Words> words) {
    this.words = words;
  }

  /**
   * One word a line, in any case; a possessive "'s" line also makes its word known. A file whose name
   * ends in {@code .gz} is read through gzip.
   */
  public static EnglishWords read(Path file) {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return of(lines.lines().toList());
    } catch (IOException | UncheckedIOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  public static EnglishWords of(List<String> lines) {
    return new EnglishWords(CompletableFuture.supplyAsync(() -> build(lines), EnglishWords::onItsOwnThread));
  }

  private static Words build(List<String> lines) {
    List<BytesRef> sorted = lines.stream()
        .map(line -> line.strip().toLowerCase(Locale.ROOT))
        .filter(word -> !word.isEmpty())
        .map(BytesRef::new)
        .sorted()
        .distinct()
        .toList();
    return new Words(Automata.makeStringUnion(sorted), sorted.size());
  }

  private static void onItsOwnThread(Runnable work) {
    Thread.ofPlatform().name("english-words").daemon().start(work);
  }

  /** Whether the word, in any case, is on the list. */
  public boolean contains(String word) {
    return Operations.run(words.join().automaton(), word.toLowerCase(Locale.ROOT));
  }

  public int size() {
    return words.join().size();
  }

  /** Heap the list takes, as Lucene accounts for it. */
  public long ramBytesUsed() {
    return words.join().automaton().ramBytesUsed();
  }
}
