package org.supplierdiscovery.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.supplierdiscovery.analysis.Tokens;
import org.supplierdiscovery.config.IndexConfig;
import org.supplierdiscovery.index.IndexFields;

/**
 * "Did you mean": replaces each word the catalogue does not contain with its closest word that it
 * does, read from an unstemmed field so the suggestion is a real word.
 */
final class SpellingSuggester {
  private final DirectSpellChecker checker = new DirectSpellChecker();
  private final Analyzer spelling;
  private final Set<String> vocabulary = new HashSet<>();

  /**
   * Words the configuration knows (synonyms, taxonomy labels, filler) are never "corrected", even when
   * no supplier uses them: "RPM" is an acronym to expand, not a typo.
   */
  SpellingSuggester(IndexConfig config) {
    this.spelling = config.spellingAnalyzer();
    List<String> known = new ArrayList<>(config.taxonomy().labels().keySet());
    config.synonymGroups().forEach(known::addAll);
    known.addAll(config.ranking().needs().fillerPhrases());
    known.addAll(config.ranking().needs().stopWords());
    known.addAll(config.ranking().needs().weakWords());
    known.forEach(k -> vocabulary.addAll(Tokens.of(spelling, IndexFields.SPELLING, k)));
    checker.setMinPrefix(1);
    checker.setMinQueryLength(3);
  }

  /** The corrected need, or null when every word is known or none has a suggestion. */
  String suggest(String need, IndexReader reader) throws IOException {
    List<String> words = new ArrayList<>();
    boolean changed = false;
    for (String raw : need.strip().split("\\s+", -1)) {
      String word = raw.toLowerCase(Locale.ROOT);
      List<String> tokens = Tokens.of(spelling, IndexFields.SPELLING, raw);
      if (tokens.size() == 1
          && word.equals(tokens.get(0))
          && !vocabulary.contains(word)
          && reader.docFreq(new Term(IndexFields.SPELLING, word)) == 0) {
        SuggestWord[] best = checker.suggestSimilar(new Term(IndexFields.SPELLING, word), 1, reader,
            SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
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
