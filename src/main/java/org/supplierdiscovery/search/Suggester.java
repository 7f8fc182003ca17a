package org.supplierdiscovery.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.supplierdiscovery.analysis.Tokens;
import org.supplierdiscovery.config.IndexConfig;
import org.supplierdiscovery.index.CatalogueIndex;
import org.supplierdiscovery.index.FacetFields;
import org.supplierdiscovery.index.IndexFields;

/**
 * Type-ahead: taxonomy labels (also reached through their synonyms) and the names of suppliers and
 * products whose words start with what was typed. The last word may be partial.
 */
public final class Suggester {
  public static final int MIN_PREFIX = 2;
  private static final int MAX = 10;
  private final CatalogueIndex index;
  private final Analyzer words;
  private final FilterBuilder filters;
  /** Each label's dimension and searchable names (the label and its synonyms), analysed once here. */
  private final Map<String, Map.Entry<String, List<List<String>>>> labels = new LinkedHashMap<>();

  public Suggester(CatalogueIndex index, IndexConfig config) {
    this.index = index;
    this.words = config.spellingAnalyzer();
    this.filters = new FilterBuilder(FacetFields.config(), config.taxonomy(), config.facets().defaultStatus());
    config.taxonomy().labels().forEach((label, dim) -> {
      Set<String> names = new LinkedHashSet<>(List.of(label.toLowerCase(Locale.ROOT)));
      for (List<String> group : config.synonymGroups()) {
        if (group.stream().anyMatch(g -> g.equalsIgnoreCase(label))) {
          group.forEach(g -> names.add(g.toLowerCase(Locale.ROOT)));
        }
      }
      List<List<String>> analysed = names.stream().map(this::analyse).toList();
      labels.put(label, Map.entry(dim.param(), analysed));
    });
  }

  public List<Suggestion> suggest(String typed) {
    List<String> tokens = Tokens.of(words, IndexFields.SPELLING, typed == null ? "" : typed);
    if (typed == null || typed.strip().length() < MIN_PREFIX || tokens.isEmpty()) {
      return List.of();
    }
    List<Suggestion> out = new ArrayList<>();
    labels.forEach((label, entry) -> {
      if (out.size() < MAX / 2 && entry.getValue().stream().anyMatch(name -> startWith(name, tokens))) {
        out.add(new Suggestion(label, entry.getKey(), null));
      }
    });
    try {
      names(tokens, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.size() > MAX ? out.subList(0, MAX) : out;
  }

  private List<String> analyse(String text) {
    return Tokens.of(words, IndexFields.SPELLING, text);
  }

  private boolean wordsStartWith(String name, List<String> tokens) {
    return startWith(analyse(name), tokens);
  }

  private static boolean startWith(List<String> nameWords, List<String> tokens) {
    for (String t : tokens) {
      if (nameWords.stream().noneMatch(w -> w.startsWith(t))) {
        return false;
      }
    }
    return true;
  }

  private void names(List<String> tokens, List<Suggestion> out) throws IOException {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (int i = 0; i < tokens.size(); i++) {
      Term t = new Term(IndexFields.SUGGEST, tokens.get(i));
      q.add(i == tokens.size() - 1 ? new PrefixQuery(t) : new TermQuery(t), BooleanClause.Occur.MUST);
    }
    index.withSearcher(s -> {
      Query filtered = filters.build(q.build(), SearchRequest.of(""));
      TopDocs top = s.search(filtered, MAX,
          new Sort(new SortField(IndexFields.DEPLOYMENTS, SortField.Type.LONG, true)));
      var stored = s.storedFields();
      List<Suggestion> products = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        var doc = stored.document(sd.doc);
        String id = doc.get(IndexFields.ID);
        String name = doc.get(IndexFields.NAME);
        if (wordsStartWith(name, tokens)) {
          out.add(new Suggestion(name, "supplier", id));
        }
        for (String product : doc.getValues(IndexFields.PRODUCTS)) {
          String productName = product.contains(": ") ? product.substring(0, product.indexOf(": ")) : product;
          if (wordsStartWith(productName, tokens)) {
            products.add(new Suggestion(productName, "product", id));
          }
        }
      }
      out.addAll(products);
      return null;
    });
  }

}
