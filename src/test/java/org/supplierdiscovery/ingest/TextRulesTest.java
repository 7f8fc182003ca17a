package org.supplierdiscovery.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextRulesTest {
  @Test
  void textIsStoredAsSentWhenItCanBe() {
    assertNull(TextRules.problem("Acme Health Ltd", false));
    assertNull(TextRules.problem("Caf\u00e9 \uD83D\uDE00 \u0663", false)); // accents, a surrogate pair, other digits
    assertNull(TextRules.problem("Line one\n\tLine two", true));
    assertNull(TextRules.problem("", true));
  }

  @Test
  void eachReasonNamesTheCharacterAndWhereItIs() {
    assertEquals("contains the control character U+0000 at position 1; control characters are not allowed",
        TextRules.problem("a\u0000b", false));
    assertEquals("contains the control character U+0007 at position 0; only line feeds and tabs are allowed",
        TextRules.problem("\u0007ab", true));
    assertEquals("contains the control character U+000A at position 4; control characters are not allowed",
        TextRules.problem("name\nmore", false));
    assertEquals("contains the control character U+009B at position 1; only line feeds and tabs are allowed",
        TextRules.problem("a\u009Bb", true));
    assertEquals("contains a lone surrogate U+D800 at position 2; send valid Unicode",
        TextRules.problem("ab\uD800", false));
    assertEquals("contains a lone surrogate U+DE00 at position 0; send valid Unicode",
        TextRules.problem("\uDE00ab", false));
    assertEquals("must not start or end with white space", TextRules.problem("Acme ", false));
    assertEquals("must not start or end with white space", TextRules.problem("\nAcme", true));
  }
}
