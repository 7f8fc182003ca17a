package org.supplierdiscovery.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;

/**
 * A general English word list, so that a real word the catalogue lacks ("atrial", "audiology") is
 * searched as typed instead of being "corrected" to a catalogue word. Held as one minimal automaton
 * (about 0.9 MB for the 103,000 words of SCOWL's british-english, where a {@code HashSet} of the
 * same words takes about 9 MB).
 */
public final class EnglishWords {
  private final Automaton words;
  private final int size;

  private EnglishWords(Automaton words, int size) {
    this.words = words;
    this.size = size;
  }

  /** One word a line, in any case; a possessive "'s" line also makes its word known. */
  public static EnglishWords read(Path file) {
    try {
      return of(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  public static EnglishWords of(List<String> lines) {
    List<BytesRef> sorted = lines.stream()
        .map(line -> line.strip().toLowerCase(Locale.ROOT))
        .filter(word -> !word.isEmpty())
        .map(BytesRef::new)
        .sorted()
        .distinct()
        .toList();
    return new EnglishWords(Automata.makeStringUnion(sorted), sorted.size());
  }

  /** Whether the word, in any case, is on the list. */
  public boolean contains(String word) {
    return Operations.run(words, word.toLowerCase(Locale.ROOT));
  }

  public int size() {
    return size;
  }

  /** Heap the list takes, as Lucene accounts for it. */
  public long ramBytesUsed() {
    return words.ramBytesUsed();
  }
}
