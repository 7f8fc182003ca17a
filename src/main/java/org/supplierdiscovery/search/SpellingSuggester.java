package org.supplierdiscovery.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.supplierdiscovery.index.IndexFields;

/**
 * "Did you mean": replaces each word the catalogue does not contain with its closest word that it
 * does, read from an unstemmed field so the suggestion is a real word.
 */
final class SpellingSuggester {
  private final DirectSpellChecker checker = new DirectSpellChecker();
  private final Analyzer spelling;

  SpellingSuggester(Analyzer spelling) {
    this.spelling = spelling;
    checker.setMinPrefix(1);
    checker.setMinQueryLength(3);
  }

  /** The corrected need, or null when every word is known or none has a suggestion. */
  String suggest(String need, IndexReader reader) throws IOException {
    List<String> words = new ArrayList<>();
    boolean changed = false;
    for (String raw : need.strip().split("\\s+")) {
      String word = raw.toLowerCase(Locale.ROOT);
      List<String> tokens = Tokens.of(spelling, IndexFields.SPELLING, raw);
      if (tokens.size() == 1 && word.equals(tokens.get(0)) && reader.docFreq(new Term(IndexFields.SPELLING, word)) == 0) {
        SuggestWord[] best =
            checker.suggestSimilar(new Term(IndexFields.SPELLING, word), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        if (best.length > 0) {
          words.add(best[0].string);
          changed = true;
          continue;
        }
      }
      words.add(raw);
    }
    return changed ? String.join(" ", words) : null;
  }
}
