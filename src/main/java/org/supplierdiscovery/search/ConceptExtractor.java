package org.supplierdiscovery.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.supplierdiscovery.analysis.ConceptDictionary;
import org.supplierdiscovery.analysis.Tokens;
import org.supplierdiscovery.config.IndexConfig;
import org.supplierdiscovery.config.RankingConfig;
import org.supplierdiscovery.search.NeedParser.Clause;
import org.supplierdiscovery.search.NeedParser.Occur;

/**
 * Splits a parsed need into concepts: filler ("we are looking for") goes, taxonomy values are
 * recognised by their longest name, and the words left over are concepts of their own.
 */
final class ConceptExtractor {
  private final Analyzer analyzer;
  private final ConceptDictionary dictionary;
  private final List<List<String>> fillers;
  private final Set<String> stopWords;
  private final Set<String> contextWords;

  ConceptExtractor(IndexConfig config, ConceptDictionary dictionary) {
    this.analyzer = config.indexAnalyzer();
    this.dictionary = dictionary;
    RankingConfig.Needs needs = config.ranking().needs();
    this.fillers = needs.fillerPhrases().stream()
        .map(f -> Tokens.of(analyzer, "", f))
        .filter(t -> !t.isEmpty())
        .sorted((a, b) -> b.size() - a.size())
        .toList();
    this.stopWords = analyzed(needs.stopWords());
    this.contextWords = analyzed(needs.contextWords());
  }

  private Set<String> analyzed(List<String> words) {
    Set<String> out = new HashSet<>();
    words.forEach(w -> out.addAll(Tokens.of(analyzer, "", w)));
    return out;
  }

  List<Concept> extract(List<Clause> clauses) {
    Map<String, Concept> concepts = new LinkedHashMap<>();
    List<String> words = new ArrayList<>();
    for (Clause c : clauses) {
      if (c.occur() == Occur.MUST_NOT) {
        continue;
      }
      if (c.phrase()) {
        add(concepts, Concept.typed(c.text(), Concept.Kind.PHRASE, c.occur() == Occur.MUST));
      } else if (c.prefix()) {
        add(concepts, Concept.typed(c.text(), Concept.Kind.PREFIX, c.occur() == Occur.MUST));
      } else if (c.occur() == Occur.MUST) {
        recognise(List.of(c.text()), true, concepts);
      } else {
        words.add(c.text());
      }
    }
    recognise(words, false, concepts);
    return List.copyOf(concepts.values());
  }

  /** Greedy longest match of taxonomy names over the analyzed words; leftovers become terms. */
  private void recognise(List<String> surface, boolean required, Map<String, Concept> concepts) {
    List<String> terms = new ArrayList<>();
    List<String> originals = new ArrayList<>();
    for (String word : String.join(" ", surface).split(" ", -1)) {
      for (String t : Tokens.of(analyzer, "", word)) {
        terms.add(t);
        originals.add(word.toLowerCase(Locale.ROOT));
      }
    }
    boolean[] used = fillerMask(terms);
    int i = 0;
    while (i < terms.size()) {
      if (used[i]) {
        i++;
        continue;
      }
      int matched = longestMatch(terms, used, i, required, originals, concepts);
      if (matched == 0) {
        String t = terms.get(i);
        if (!stopWords.contains(t)) {
          add(concepts, Concept.term(originals.get(i), required, contextWords.contains(t)));
        }
        matched = 1;
      }
      i += matched;
    }
    if (concepts.isEmpty() && !terms.isEmpty()) {
      // A need made only of filler still means something: search its words rather than nothing.
      originals.stream().distinct().forEach(w -> add(concepts, Concept.term(w, required, true)));
    }
  }

  private int longestMatch(
      List<String> terms,
      boolean[] used,
      int start,
      boolean required,
      List<String> originals,
      Map<String, Concept> concepts) {
    for (int len = Math.min(dictionary.longest(), terms.size() - start); len > 0; len--) {
      if (anyUsed(used, start, len)) {
        continue;
      }
      List<String> name = terms.subList(start, start + len);
      ConceptDictionary.Entry e = dictionary.lookup(name);
      if (e != null) {
        List<String> words = dedupe(originals.subList(start, start + len));
        boolean context = len == 1 && contextWords.contains(name.get(0));
        add(concepts, Concept.named(String.join(" ", words), e, words.size(), required, context));
        return len;
      }
    }
    return 0;
  }

  private boolean[] fillerMask(List<String> terms) {
    boolean[] used = new boolean[terms.size()];
    for (List<String> filler : fillers) {
      for (int i = 0; i + filler.size() <= terms.size(); i++) {
        if (!anyUsed(used, i, filler.size()) && terms.subList(i, i + filler.size()).equals(filler)) {
          java.util.Arrays.fill(used, i, i + filler.size(), true);
        }
      }
    }
    return used;
  }

  private static boolean anyUsed(boolean[] used, int start, int len) {
    for (int k = start; k < start + len; k++) {
      if (used[k]) {
        return true;
      }
    }
    return false;
  }

  /** A word that analyzes to two terms ("post-op") appears once in the concept's text. */
  private static List<String> dedupe(List<String> words) {
    return words.stream().distinct().toList();
  }

  /**
   * The same idea named twice keeps one concept (its first mention), required if either mention is;
   * a taxonomy value named in different words is still one concept, queried with all its synonyms.
   */
  private static void add(Map<String, Concept> concepts, Concept c) {
    String key = c.mark() != null ? c.mark() : c.kind() + ":" + c.text();
    Concept old = concepts.get(key);
    concepts.put(key, old == null ? c : old.requiredIf(c.required()));
  }
}
