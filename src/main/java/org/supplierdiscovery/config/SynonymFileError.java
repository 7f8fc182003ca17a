package org.supplierdiscovery.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Lucene's failure to read {@code synonyms.txt} ("Error parsing synonyms file:") into the
 * file, the line and what is wrong with it, in the words of someone editing the file.
 */
final class SynonymFileError {
  private static final Pattern LINE = Pattern.compile("line (\\d+)");

  private SynonymFileError() {}

  /** The synonym line {@code failure} comes from, if it comes from one. */
  static Optional<ConfigException> from(Path file, Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ParseException parse) {
        Matcher m = LINE.matcher(String.valueOf(parse.getMessage()));
        if (m.find()) {
          int line = Integer.parseInt(m.group(1));
          String reason = reason(parse.getCause() == null ? parse.getMessage() : parse.getCause().getMessage());
          return Optional.of(new ConfigException(
              file + " line " + line + ": " + reason + quoted(file, line), failure));
        }
      }
    }
    return Optional.empty();
  }

  private static String reason(String lucene) {
    String text = String.valueOf(lucene);
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("eliminated by analyzer") || lower.contains("zero-length")) {
      return "a synonym is empty or only words the analyzer drops (punctuation, stop words)";
    }
    if (lower.contains("more than one explicit mapping")) {
      return "more than one '=>' on the line; write one rule per line";
    }
    return "not a valid synonym rule (" + text + ")";
  }

  private static String quoted(Path file, int line) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return line >= 1 && line <= lines.size() ? ": '" + lines.get(line - 1).strip() + "'" : "";
    } catch (IOException e) {
      return "";
    }
  }
}
