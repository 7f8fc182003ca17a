package org.supplierdiscovery.ingest;

/**
 * What stored text may contain. Text is kept exactly as sent, so what cannot be kept is refused with
 * the reason: a lone UTF-16 surrogate (not a character at all), a control character (NUL, BEL, ESC and
 * the like, which a page cannot show), or white space at either end. Long text may hold line feeds and
 * tabs, which are part of how a description is written; single-line fields may not.
 */
final class TextRules {
  private TextRules() {}

  /** Why the text cannot be stored, or null when it can. */
  static String problem(String text, boolean multiline) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return "contains a lone surrogate " + codePoint(c) + " at position " + i + "; send valid Unicode";
      } else if (Character.getType(c) == Character.CONTROL && !(multiline && (c == '\n' || c == '\t'))) {
        return "contains the control character " + codePoint(c) + " at position " + i
            + (multiline ? "; only line feeds and tabs are allowed" : "; control characters are not allowed");
      }
    }
    if (!text.isEmpty()
        && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)))) {
      return "must not start or end with white space";
    }
    return null;
  }

  private static String codePoint(char c) {
    return String.format(java.util.Locale.ROOT, "U+%04X", (int) c);
  }
}
