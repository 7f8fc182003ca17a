package org.supplierdiscovery.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.supplierdiscovery.analysis.Tokens;
import org.supplierdiscovery.catalogue.ListingStatus;
import org.supplierdiscovery.config.EnglishWords;
import org.supplierdiscovery.config.IndexConfig;
import org.supplierdiscovery.config.RankingConfig;
import org.supplierdiscovery.config.Taxonomy;
import org.supplierdiscovery.index.FacetFields;
import org.supplierdiscovery.index.IndexFields;
import org.supplierdiscovery.search.NeedParser.Clause;
import org.supplierdiscovery.search.NeedParser.Occur;
import org.supplierdiscovery.semantic.SentenceEmbedder;

/**
 * Turns a need's concepts into one Lucene query: the only place that does. Each concept scores its
 * weight once it is covered (in any field, by any synonym, or by the supplier's taxonomy tags) plus a
 * saturated relevance below one; a proximity bonus rewards the need's words appearing together.
 */
public final class NeedQueryBuilder {
  private final RankingConfig ranking;
  private final Taxonomy taxonomy;
  private final QueryBuilder synonymQueries;
  private final QueryBuilder plainQueries;
  private final Analyzer indexAnalyzer;
  private final EnglishWords english;
  private final AnalysisCache cache = new AnalysisCache(20_000);
  private final MeaningReader meaning;
  private final float meaningWeight;

  public NeedQueryBuilder(IndexConfig config) {
    this.ranking = config.ranking();
    this.taxonomy = config.taxonomy();
    this.synonymQueries = new QueryBuilder(config.queryAnalyzer());
    this.synonymQueries.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    this.plainQueries = new QueryBuilder(config.indexAnalyzer());
    this.indexAnalyzer = config.indexAnalyzer();
    this.english = config.englishWords();
    this.meaning = config.semantic().enabled() ? new MeaningReader(config, new SentenceEmbedder()) : null;
    this.meaningWeight = config.semantic().concepts().weight();
  }

  NeedQuery build(List<Concept> concepts, List<Clause> clauses, IndexReader reader)
      throws IOException {
    List<BooleanClause> lexical = new ArrayList<>();
    List<NeedQuery.ConceptClause> conceptQueries = new ArrayList<>();
    NeedMeaning meant = meaning == null ? NeedMeaning.NONE : meaning.read(clauses, concepts, reader);
    List<Concept> all = new ArrayList<>(concepts);
    all.addAll(meant.concepts());
    for (Concept named : all) {
      Concept c = common(named, reader) ? named.asContext() : named;
      ConceptQuery cq = conceptQuery(c, reader);
      if (cq == null) {
        continue;
      }
      Query clause = scored(cq);
      conceptQueries.add(new NeedQuery.ConceptClause(c, clause));
      lexical.add(new BooleanClause(clause, c.required() ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD));
    }
    boolean matchAll = conceptQueries.isEmpty();
    if (matchAll) {
      lexical.add(new BooleanClause(MatchAllDocsQuery.INSTANCE, BooleanClause.Occur.MUST));
    }
    lexical.addAll(excluded(clauses));
    Query words = matchAll && lexical.size() == 1
        ? MatchAllDocsQuery.INSTANCE // names nothing, excludes nothing
        : query(lexical);
    Query fused = words;
    if (!matchAll && meant.nearest() != null) {
      // optional beside the concepts: adds the nearest suppliers, never drops a required concept nor
      // lets an excluded word back in
      List<BooleanClause> withMeaning = new ArrayList<>(lexical);
      withMeaning.add(new BooleanClause(meant.nearest(), BooleanClause.Occur.SHOULD));
      fused = query(withMeaning);
    }
    return new NeedQuery(
        fused, words, conceptQueries, matchAll, matchAll ? null : proximity(concepts),
        matchAll ? NeedMeaning.NONE : meant);
  }

  /**
   * The need by meaning alone, the last step of a relaxation: the suppliers nearest it, or null when it
   * has fewer than two plain words to read or meaning is off. The nearest are sought among those {@code
   * filter} matches (the request's filters); excluded words still exclude.
   */
  NeedQuery byMeaning(List<Clause> clauses, IndexReader reader, Query filter) throws IOException {
    NeedMeaning meant = meaning == null ? NeedMeaning.NONE : meaning.alone(clauses, reader, filter);
    if (meant.nearest() == null) {
      return null;
    }
    List<BooleanClause> near = new ArrayList<>();
    near.add(new BooleanClause(meant.nearest(), BooleanClause.Occur.MUST));
    near.addAll(excluded(clauses));
    Query q = query(near);
    return new NeedQuery(q, q, List.of(), false, null, meant);
  }

  /** The need's excluded words, each as a clause no hit may match. */
  private List<BooleanClause> excluded(List<Clause> clauses) throws IOException {
    List<BooleanClause> out = new ArrayList<>();
    for (Clause c : clauses) {
      if (c.occur() == Occur.MUST_NOT) {
        Query excluded = fieldsQuery(f -> synonymQueries.createPhraseQuery(f, c.text()));
        if (excluded != null) {
          out.add(new BooleanClause(excluded, BooleanClause.Occur.MUST_NOT));
        }
      }
    }
    return out;
  }

  private static Query query(List<BooleanClause> clauses) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    clauses.forEach(b::add);
    return b.build();
  }

  /** A plain word most of the catalogue uses says little about what a buyer wants: read it as context. */
  private boolean common(Concept c, IndexReader reader) throws IOException {
    if (c.context() || c.kind() != Concept.Kind.TERM || c.mark() != null
        || reader.numDocs() < Math.max(1, ranking.needs().commonWordMinSuppliers())) {
      return false;
    }
    List<String> stems = Tokens.of(indexAnalyzer, IndexFields.ALL, c.text());
    return stems.size() == 1
        && reader.docFreq(new Term(IndexFields.ALL, stems.get(0))) >= ranking.needs().commonWordShare()
            * reader.numDocs();
  }

  private ConceptQuery conceptQuery(Concept c, IndexReader reader) throws IOException {
    Map<String, Query> fields = c.mark() != null
        ? marked(c.mark())
        : perField(f -> switch (c.kind()) {
          case PHRASE -> cache.get(f + '\u0000' + c.text(), () -> synonymQueries.createPhraseQuery(f, c.text()));
          case PREFIX -> prefix(f, c.text());
          case TERM -> termWithTypos(f, c.text(), reader);
          case TAXONOMY -> null;
        });
    Term tag = c.kind() == Concept.Kind.TAXONOMY ? tag(c) : null;
    if (fields.isEmpty() && tag == null) {
      return null;
    }
    return new ConceptQuery(c, fields, ranking.fieldTieBreaker(), tag);
  }

  /**
   * A concept the dictionary knows, by the term its every name was indexed as, in each boosted field
   * whose text is marked; a taxonomy value's tag is its own clause.
   */
  private Map<String, Query> marked(String mark) {
    Map<String, Query> fields = new LinkedHashMap<>();
    for (Map.Entry<String, Float> f : ranking.fields().entrySet()) {
      if (IndexFields.MARKED.contains(f.getKey())) {
        fields.put(f.getKey(), new BoostQuery(new TermQuery(new Term(f.getKey(), mark)), f.getValue()));
      }
    }
    return fields;
  }

  /** The exact facet term of a named taxonomy value; a framework counts where the listing is active. */
  private Term tag(Concept c) {
    String active = ListingStatus.ACTIVE.label();
    return switch (c.dimension()) {
      case FRAMEWORK -> FacetFields.term(IndexFields.LISTING_DIM, active, c.value());
      case LOT -> FacetFields.term(IndexFields.LISTING_DIM, active,
          taxonomy.frameworkOfLot(c.value()).orElseThrow().name(), c.value());
      default -> FacetFields.term(c.dimension().param(), c.value());
    };
  }

  /**
   * One pass per concept: its weight once covered, plus its relevance (text, and the tag's bonus)
   * saturated below one.
   */
  private Query scored(ConceptQuery cq) {
    RankingConfig.Concepts w = ranking.concepts();
    BooleanQuery.Builder relevance = new BooleanQuery.Builder();
    Query text = cq.text();
    if (text != null) {
      relevance.add(text, BooleanClause.Occur.SHOULD);
    }
    if (cq.tag() != null) {
      relevance.add(
          new BoostQuery(new ConstantScoreQuery(new TermQuery(cq.tag())), w.taxonomyTagBoost()),
          BooleanClause.Occur.SHOULD);
    }
    if (cq.concept().context()) {
      // context only breaks ties: nothing for being there, at most contextWeight for how well
      return new BoostQuery(SaturatedScore.wrap(relevance.build(), 0, w.relevanceSaturation()), w.contextWeight());
    }
    float weight = cq.concept().meaning()
        ? meaningWeight
        : cq.concept().kind() == Concept.Kind.TAXONOMY ? w.taxonomyWeight() : w.termWeight();
    return SaturatedScore.wrap(relevance.build(), weight, w.relevanceSaturation());
  }

  /** Per-field query builder, combined over the boosted fields as a disjunction-max. */
  private interface FieldQuery {
    Query build(String field) throws IOException;
  }

  private Map<String, Query> perField(FieldQuery perField) throws IOException {
    Map<String, Query> fields = new LinkedHashMap<>();
    for (Map.Entry<String, Float> f : ranking.fields().entrySet()) {
      Query q = perField.build(f.getKey());
      if (q != null) {
        fields.put(f.getKey(), new BoostQuery(q, f.getValue()));
      }
    }
    return fields;
  }

  private Query fieldsQuery(FieldQuery perField) throws IOException {
    Map<String, Query> fields = perField(perField);
    return fields.isEmpty() ? null : new DisjunctionMaxQuery(fields.values(), ranking.fieldTieBreaker());
  }

  /**
   * A word with its synonyms; a word of five letters or more that neither the catalogue nor the
   * English word list knows may be a typo.
   */
  private Query termWithTypos(String field, String word, IndexReader reader) throws IOException {
    Query exact = plainQueries.createBooleanQuery(field, word);
    RankingConfig.Typos typos = ranking.typos();
    if (word.length() < typos.minLength() || english.contains(word)) {
      return exact;
    }
    List<String> stems = Tokens.of(indexAnalyzer, field, word);
    if (stems.size() != 1 || reader.docFreq(new Term(IndexFields.ALL, stems.get(0))) > 0) {
      return exact;
    }
    int edits = word.length() >= typos.twoEditsFromLength() ? 2 : 1;
    Query fuzzy = new BoostQuery(
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
      if (!c.context() && c.kind() != Concept.Kind.PREFIX) {
        words.add(c.text());
      }
    }
    if (words.size() < 2) {
      return null;
    }
    String need = String.join(" ", words);
    RankingConfig.Proximity p = ranking.proximity();
    Query phrase = fieldsQuery(f -> plainQueries.createPhraseQuery(f, need, p.slop()));
    return phrase == null ? null : new BoostQuery(SaturatedScore.wrap(phrase, 0, 1.0), p.boost());
  }
}
