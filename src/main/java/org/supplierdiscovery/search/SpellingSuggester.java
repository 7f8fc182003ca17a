package org.supplierdiscovery.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.supplierdiscovery.analysis.Tokens;
import org.supplierdiscovery.config.EnglishWords;
import org.supplierdiscovery.config.IndexConfig;
import org.supplierdiscovery.index.IndexFields;

/**
 * "Did you mean": replaces each word that no one knows with its closest word in the catalogue, read
 * from an unstemmed field so the suggestion is a real word. A word is known, and never replaced,
 * when the catalogue, the configuration (taxonomy, synonyms, filler) or the English word list has
 * it, or when it is written with two capitals or more (an acronym: "LIMS", "DNAs").
 */
final class SpellingSuggester {
  private final DirectSpellChecker checker = new DirectSpellChecker();
  private final Analyzer spelling;
  private final EnglishWords english;
  private final Set<String> vocabulary = new HashSet<>();

  SpellingSuggester(IndexConfig config) {
    this.spelling = config.spellingAnalyzer();
    this.english = config.englishWords();
    List<String> known = new ArrayList<>(config.taxonomy().labels().keySet());
    config.synonymGroups().forEach(known::addAll);
    known.addAll(config.ranking().needs().fillerPhrases());
    known.addAll(config.ranking().needs().stopWords());
    known.addAll(config.ranking().needs().contextWords());
    known.forEach(k -> vocabulary.addAll(Tokens.of(spelling, IndexFields.SPELLING, k)));
    checker.setMinPrefix(1);
    checker.setMinQueryLength(3);
  }

  /** The corrected need, or null when every word is known or none has a suggestion. */
  String suggest(String need, IndexReader reader) throws IOException {
    List<String> words = new ArrayList<>();
    boolean changed = false;
    for (String raw : need.strip().split("\\s+", -1)) {
      String correction = unknown(raw, reader) ? closest(raw.toLowerCase(Locale.ROOT), reader) : null;
      words.add(correction == null ? raw : correction);
      changed |= correction != null;
    }
    return changed ? String.join(" ", words) : null;
  }

  /** Whether no one knows the word: only such a word may be a typo. */
  boolean unknown(String raw, IndexReader reader) throws IOException {
    String word = raw.toLowerCase(Locale.ROOT);
    List<String> tokens = Tokens.of(spelling, IndexFields.SPELLING, raw);
    return tokens.size() == 1
        && word.equals(tokens.get(0))
        && !acronym(raw)
        && !vocabulary.contains(word)
        && !english.contains(word)
        && reader.docFreq(new Term(IndexFields.SPELLING, word)) == 0;
  }

  private String closest(String word, IndexReader reader) throws IOException {
    SuggestWord[] best = checker.suggestSimilar(
        new Term(IndexFields.SPELLING, word), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
    return best.length > 0 ? best[0].string : null;
  }

  /** Two capitals or more: "LIMS", "GDPR", "DNAs", "eGFR" are written that way on purpose. */
  static boolean acronym(String raw) {
    return raw.codePoints().filter(Character::isUpperCase).limit(2).count() == 2;
  }
}
