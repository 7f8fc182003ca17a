package org.supplierdiscovery.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.catalogue.ListingStatus;
import org.supplierdiscovery.config.IndexConfig;
import org.supplierdiscovery.config.RankingConfig;
import org.supplierdiscovery.index.FacetFields;
import org.supplierdiscovery.index.IndexFields;
import org.supplierdiscovery.search.NeedParser.Clause;
import org.supplierdiscovery.search.NeedParser.Occur;

/**
 * Turns a need's concepts into one Lucene query: the only place that does. Each concept scores its
 * weight once it is covered (in any field, by any synonym, or by the supplier's taxonomy tags) plus a
 * saturated relevance below one; a proximity bonus rewards the need's words appearing together.
 */
public final class NeedQueryBuilder {
  private final RankingConfig ranking;
  private final QueryBuilder synonymQueries;
  private final QueryBuilder plainQueries;
  private final Analyzer indexAnalyzer;

  public NeedQueryBuilder(IndexConfig config) {
    this.ranking = config.ranking();
    this.synonymQueries = new QueryBuilder(config.queryAnalyzer());
    this.synonymQueries.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    this.plainQueries = new QueryBuilder(config.indexAnalyzer());
    this.indexAnalyzer = config.indexAnalyzer();
  }

  NeedQuery build(List<Concept> concepts, List<Clause> clauses, IndexReader reader)
      throws IOException {
    BooleanQuery.Builder need = new BooleanQuery.Builder();
    List<ConceptQuery> conceptQueries = new ArrayList<>();
    for (Concept c : concepts) {
      ConceptQuery cq = conceptQuery(c, reader);
      if (cq == null) {
        continue;
      }
      conceptQueries.add(cq);
      need.add(scored(cq), c.required() ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
    }
    boolean matchAll = conceptQueries.isEmpty();
    if (matchAll) {
      need.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    } else {
      Query proximity = proximity(concepts);
      if (proximity != null) {
        need.add(proximity, BooleanClause.Occur.SHOULD);
      }
    }
    for (Clause c : clauses) {
      if (c.occur() == Occur.MUST_NOT) {
        Query excluded = fieldsQuery(f -> synonymQueries.createPhraseQuery(f, c.text()));
        if (excluded != null) {
          need.add(excluded, BooleanClause.Occur.MUST_NOT);
        }
      }
    }
    return new NeedQuery(need.build(), conceptQueries, matchAll);
  }

  private ConceptQuery conceptQuery(Concept c, IndexReader reader) throws IOException {
    Query text =
        switch (c.kind()) {
          case TAXONOMY -> fieldsQuery(f -> taxonomyText(f, c));
          case PHRASE -> fieldsQuery(f -> synonymQueries.createPhraseQuery(f, c.text()));
          case PREFIX -> fieldsQuery(f -> prefix(f, c.text()));
          case TERM -> fieldsQuery(f -> termWithTypos(f, c.text(), reader));
        };
    Term tag = c.kind() == Concept.Kind.TAXONOMY ? tag(c) : null;
    if (text == null && tag == null) {
      return null;
    }
    return new ConceptQuery(c, text, tag);
  }

  /** The exact facet term of a named taxonomy value; a framework counts where the listing is active. */
  private static Term tag(Concept c) {
    return c.dimension() == Dimension.FRAMEWORK
        ? FacetFields.term(IndexFields.LISTING_DIM, ListingStatus.ACTIVE.label(), c.value())
        : FacetFields.term(c.dimension().param(), c.value());
  }

  /** Weight for covering the concept, plus its saturated relevance, plus a bonus for the exact tag. */
  private Query scored(ConceptQuery cq) {
    RankingConfig.Concepts w = ranking.concepts();
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    if (cq.text() != null) {
      any.add(cq.text(), BooleanClause.Occur.SHOULD);
    }
    if (cq.tag() != null) {
      any.add(new TermQuery(cq.tag()), BooleanClause.Occur.SHOULD);
    }
    BooleanQuery.Builder scored = new BooleanQuery.Builder();
    scored.add(new BoostQuery(new ConstantScoreQuery(any.build()), weight(cq.concept())), BooleanClause.Occur.MUST);
    if (cq.text() != null) {
      scored.add(SaturatedScore.wrap(cq.text(), w.relevanceSaturation()), BooleanClause.Occur.SHOULD);
    }
    if (cq.tag() != null) {
      scored.add(
          new BoostQuery(new ConstantScoreQuery(new TermQuery(cq.tag())), w.taxonomyTagBoost()),
          BooleanClause.Occur.SHOULD);
    }
    return scored.build();
  }

  private float weight(Concept c) {
    RankingConfig.Concepts w = ranking.concepts();
    if (c.kind() == Concept.Kind.TAXONOMY) {
      return w.taxonomyWeight();
    }
    return c.weak() ? w.weakTermWeight() : w.termWeight();
  }

  /** Per-field query builder, combined over the boosted fields as a disjunction-max. */
  private interface FieldQuery {
    Query build(String field) throws IOException;
  }

  private Query fieldsQuery(FieldQuery perField) throws IOException {
    List<Query> disjuncts = new ArrayList<>();
    for (Map.Entry<String, Float> f : ranking.fields().entrySet()) {
      Query q = perField.build(f.getKey());
      if (q != null) {
        disjuncts.add(new BoostQuery(q, f.getValue()));
      }
    }
    return disjuncts.isEmpty() ? null : new DisjunctionMaxQuery(disjuncts, ranking.fieldTieBreaker());
  }

  /** A taxonomy value named in the need: its words as typed and its label, close together. */
  private Query taxonomyText(String field, Concept c) {
    Set<String> names = new LinkedHashSet<>(List.of(c.text(), c.value()));
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int clauses = 0;
    for (String name : names) {
      Query q =
          name.contains(" ")
              ? synonymQueries.createPhraseQuery(field, name, ranking.phrases().conceptSlop())
              : synonymQueries.createBooleanQuery(field, name);
      if (q != null) {
        b.add(q, BooleanClause.Occur.SHOULD);
        clauses++;
      }
    }
    return clauses == 0 ? null : b.build();
  }

  /** A word with its synonyms; a word of five letters or more that the catalogue lacks may be a typo. */
  private Query termWithTypos(String field, String word, IndexReader reader) throws IOException {
    Query exact = synonymQueries.createBooleanQuery(field, word);
    RankingConfig.Typos typos = ranking.typos();
    if (word.length() < typos.minLength()) {
      return exact;
    }
    List<String> stems = Tokens.of(indexAnalyzer, field, word);
    if (stems.size() != 1 || reader.docFreq(new Term(IndexFields.ALL, stems.get(0))) > 0) {
      return exact;
    }
    int edits = word.length() >= typos.twoEditsFromLength() ? 2 : 1;
    Query fuzzy =
        new BoostQuery(
            new FuzzyQuery(
                new Term(field, stems.get(0)), edits, typos.prefixLength(), typos.maxExpansions(), true),
            typos.boost());
    if (exact == null) {
      return fuzzy;
    }
    return new BooleanQuery.Builder()
        .add(exact, BooleanClause.Occur.SHOULD)
        .add(fuzzy, BooleanClause.Occur.SHOULD)
        .build();
  }

  private Query prefix(String field, String text) {
    List<String> terms = Tokens.of(indexAnalyzer, field, text);
    // Stemming shortens words ("monitoring" to "monitor"), never lengthens them, so the prefix of
    // the stem still finds the longer word's stem.
    return terms.size() == 1 ? new PrefixQuery(new Term(field, terms.get(0))) : null;
  }

  /** Rewards the need's words appearing near each other, in any one field. */
  private Query proximity(List<Concept> concepts) throws IOException {
    List<String> words = new ArrayList<>();
    for (Concept c : concepts) {
      if (!c.weak() && c.kind() != Concept.Kind.PREFIX) {
        words.add(c.text());
      }
    }
    if (words.size() < 2) {
      return null;
    }
    String need = String.join(" ", words);
    Query phrase =
        fieldsQuery(f -> plainQueries.createPhraseQuery(f, need, ranking.phrases().needSlop()));
    return phrase == null
        ? null
        : new BoostQuery(SaturatedScore.wrap(phrase, 1.0), ranking.phrases().needBoost());
  }
}
