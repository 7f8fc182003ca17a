package org.supplierdiscovery.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.supplierdiscovery.analysis.ConceptDictionary;
import org.supplierdiscovery.config.IndexConfig;
import org.supplierdiscovery.index.CatalogueIndex;
import org.supplierdiscovery.index.CatalogueSearcher;
import org.supplierdiscovery.index.FacetFields;
import org.supplierdiscovery.index.IndexFields;
import org.supplierdiscovery.search.NeedParser.Clause;

/**
 * The search library the command line and the HTTP API call: a need and filters in, ranked
 * suppliers with facet counts and reasons out. One point-in-time view answers each request.
 */
public final class SearchService {
  private final CatalogueIndex index;
  private final IndexConfig config;
  private final FacetsConfig facetsConfig = FacetFields.config();
  private final RequestCheck check;
  private final NeedParser parser;
  private final ConceptExtractor concepts;
  private final NeedQueryBuilder queries;
  private final FilterBuilder filters;
  private final FacetCounter facets;
  private final FacetBits facetBits = new FacetBits();
  private final ProximityRescorer proximity;
  private final HitBuilder hits;
  private final SupplierDetail details;
  private final NeedRelaxation relaxation;
  private final RelatedConcepts related;
  private final StatusReasons statusReasons;
  private final NamedSuppliers namedSuppliers;
  private final SpellingSuggester spelling;
  private final long timeoutMillis;
  private final List<String> defaultStatus;

  public SearchService(CatalogueIndex index, IndexConfig config) {
    this.index = index;
    this.config = config;
    this.check = new RequestCheck(config.taxonomy(), config.ranking().limits());
    this.parser = new NeedParser(config.ranking().limits().minPrefixLength());
    this.concepts = new ConceptExtractor(config, new ConceptDictionary(config));
    this.queries = new NeedQueryBuilder(config);
    this.filters = new FilterBuilder(facetsConfig, config.taxonomy(), config.facets().defaultStatus());
    this.facets = new FacetCounter(config.taxonomy(), config.facets(), filters);
    this.hits = new HitBuilder(config.indexAnalyzer(), config.taxonomy().listingReasons(),
        config.semantic().supplierText());
    this.details = new SupplierDetail(hits);
    this.relaxation = new NeedRelaxation(parser);
    this.related = new RelatedConcepts(config.taxonomy());
    this.statusReasons = new StatusReasons(hits);
    this.namedSuppliers = new NamedSuppliers(filters, hits);
    this.spelling = new SpellingSuggester(config);
    this.timeoutMillis = config.ranking().limits().timeoutMillis();
    this.proximity = new ProximityRescorer(config.ranking().proximity().rescoreDepth());
    this.defaultStatus = config.facets().defaultStatus();
  }

  /** The configuration this service searches with. */
  public IndexConfig config() {
    return config;
  }

  /**
   * Builds what searches of the current view count facets with (a bitset per facet value in each
   * segment), so the first searches after start-up need not; one that comes sooner waits for the
   * segment being built, never sees part of it.
   */
  public void warm() throws IOException {
    index.withSearcher(view -> {
      facetBits.warm(view.getIndexReader());
      return null;
    });
  }

  /**
   * Refuses, naming every reason, a request {@link #search} would refuse; cheap and bounded, so a
   * server can run it before a request takes a search slot.
   */
  public void check(SearchRequest request) {
    check.check(request);
  }

  public SearchResponse search(SearchRequest request) {
    try {
      return index.withSearcher(view -> search(view, request));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The same search on a given view of the catalogue, such as a pinned earlier commit ({@link
   * CatalogueIndex#atCommit}): a frozen search re-run there gives the list it gave then.
   */
  public SearchResponse search(CatalogueSearcher view, SearchRequest request) throws IOException {
    long start = System.nanoTime();
    check.check(request);
    return answer(view, request, start);
  }

  private SearchResponse answer(CatalogueSearcher view, SearchRequest request, long start) throws IOException {
    String didYouMean = request.text().isBlank()
        ? null
        : spelling.suggest(request.text(), view.getIndexReader());
    // A correction is searched unless the buyer asked for the need as typed; either way it is offered.
    // Concepts are read from the corrected need, so "fraility" still names the Frailty pathway.
    String searched = didYouMean == null || request.asTyped() ? request.text() : didYouMean;
    Page page = page(view, request.withText(searched), true);
    SearchResponse.Relaxed relaxed = null;
    List<SearchResponse.FilterRelaxation> drops = List.of();
    List<SearchResponse.StatusRelaxation> statuses = List.of();
    if (page.total == 0) {
      // a search cut short by its time limit has not shown that nothing matches
      relaxed = page.timedOut ? null : relaxedPage(view, request, searched);
      // the same need under fewer filters or more statuses, counted as a search for it would find it
      MatchSet matches = page.matches;
      ToLongFunction<SearchRequest> found = found(view, page);
      drops = ZeroResultsHelp.filterDrops(request, found);
      statuses = ZeroResultsHelp.statusIncludes(
          request, defaultStatus, found,
          (more, status) -> statusReasons.count(
              view, matches.firstPassing(filters.filters(more), StatusReasons.SAMPLE), status));
    }
    List<SearchResponse.NamedSupplier> named = namedSuppliers.of(view, request);
    return new SearchResponse(
        request.text(), searched, page.total, request.page(), request.size(), request.sort().label(),
        view.generation(), (System.nanoTime() - start) / 1_000_000, page.timedOut,
        page.need.concepts().stream().map(c -> SearchResponse.ConceptView.of(c.concept())).toList(),
        page.hits, page.facets, didYouMean, relaxed, drops, statuses, named);
  }

  /**
   * How many suppliers the page's need finds under other filters: on its recorded matches, with no new
   * search, unless its meaning waited because its words matched nothing under these filters; under
   * others they may match, and then meaning joins them, so those are counted as searched.
   */
  private ToLongFunction<SearchRequest> found(IndexSearcher searcher, Page page) {
    MatchSet matches = page.matches;
    if (page.waiting == null) {
      return other -> matches.countPassing(filters.filters(other));
    }
    return other -> {
      try {
        return matches.countPassing(filters.filters(other)) == 0
            ? 0
            : searcher.count(filters.build(page.waiting, other));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  /** Every dimension with its values and counts over the live catalogue (default status). */
  public Map<String, List<FacetValue>> facets() {
    return search(new SearchRequest("", Map.of(), SortOrder.RELEVANCE, 1, 1)).facets();
  }

  /** The full record of one supplier, whatever its status. */
  public Optional<JsonNode> supplier(String id) {
    return stored(id).record();
  }

  /** A supplier's full record, if there is one, and the generation of the view it was looked up in. */
  public record Stored(Optional<JsonNode> record, long generation) {}

  public Stored stored(String id) {
    try {
      return index.withSearcher(view -> {
        TopDocs top = view.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
        return new Stored(top.scoreDocs.length == 0
            ? Optional.empty()
            : Optional.of(details.of(hits.supplier(view, top.scoreDocs[0].doc))), view.generation());
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One page of a search, with the matches it recorded (every match, before filters); {@code waiting}, the
   * need's query with its meaning when that waited because the words matched nothing, else null.
   */
  private record Page(
      long total, List<Hit> hits, Map<String, List<FacetValue>> facets, NeedQuery need, boolean timedOut,
      MatchSet matches, Query waiting) {}

  private Page page(IndexSearcher searcher, SearchRequest request, boolean withFacets)
      throws IOException {
    NeedQuery need = read(request.text(), searcher.getIndexReader()).rewritten(searcher);
    if (need.fused() && !FirstMatch.exists(searcher, filters.build(need.lexical(), request))) {
      // the words decide whether anything matches: meaning waits for the last step of relaxation
      return page(searcher, request, need.lexicalOnly(), withFacets, need.query());
    }
    return page(searcher, request, need, withFacets, null);
  }

  private Page page(IndexSearcher searcher, SearchRequest request, NeedQuery need, boolean withFacets,
      Query waiting) throws IOException {
    MatchSet matches = new MatchSet(searcher.getIndexReader(), facetBits, filters.filters(request));
    boolean scored = request.sort() == SortOrder.RELEVANCE && !need.matchAll();
    int window = request.page() * request.size();
    int collected = scored && need.proximity() != null ? proximity.window(window) : window;
    var topHits = new TopFieldCollectorManager(Sorts.of(request.sort()), collected, null, collected);
    // Two passes. First every match, recorded without scores (the counts need them all); then the page,
    // ranked among the matches that pass the filters, free to skip what cannot reach it (max-score).
    var recording = new DeadlineCollectorManager<>(matches.recorder(), timeoutMillis);
    if (need.everything()) {
      matches.recordEveryDocument(); // nothing to evaluate: every live document matches
    } else {
      searcher.search(need.query(), recording);
    }
    var ranking = recording.then(topHits);
    TopDocs top = searcher.search(scored ? matches.within(need.query()) : matches.passing(), ranking);
    if (scored) {
      top = proximity.rescore(searcher, top, need.proximity());
    }
    long total = matches.total();
    int from = Math.min((request.page() - 1) * request.size(), top.scoreDocs.length);
    ScoreDoc[] slice = Arrays.copyOfRange(top.scoreDocs, from, Math.min(window, top.scoreDocs.length));
    List<Hit> pageHits = hits.build(searcher, slice, need, scored);
    Map<String, List<FacetValue>> counts = withFacets ? facets.count(matches, request) : Map.of();
    return new Page(total, pageHits, counts, need, ranking.timedOut(), matches, waiting);
  }

  /**
   * The first looser reading of the need that finds suppliers ({@link NeedRelaxation}), searched exactly
   * as a buyer typing it would be; what it reports is what ran.
   */
  private SearchResponse.Relaxed relaxedPage(
      IndexSearcher searcher, SearchRequest request, String searched) throws IOException {
    SearcherNeeds.Reading byMeaning = (need, reader) -> byMeaning(need, reader, request);
    var needs = new SearcherNeeds(searcher, request, this::read, byMeaning,
        need -> concepts.extract(parser.parse(need)), filters, related);
    var attempt = relaxation.relax(searched, needs);
    if (attempt.isEmpty()) {
      return null;
    }
    NeedRelaxation.Attempt a = attempt.get();
    SearchRequest looser = request.firstPageOf(a.need());
    Page page = a.step() == NeedRelaxation.Step.MEANING
        ? page(searcher, looser, byMeaning(a.need(), searcher.getIndexReader(), looser).rewritten(searcher), false,
            null)
        : page(searcher, looser, false);
    if (page.total == 0) {
      return null;
    }
    List<String> used = page.need.concepts().stream().map(c -> c.concept().label()).toList();
    return new SearchResponse.Relaxed(
        a.step().label(), a.need(), a.dropped(), used, a.reason(), page.total, page.hits);
  }

  /** A need as the engine reads it: parsed, split into concepts, built into one query. */
  private NeedQuery read(String need, IndexReader reader) throws IOException {
    List<Clause> clauses = parser.parse(need);
    return queries.build(concepts.extract(clauses), clauses, reader);
  }

  /**
   * A need by meaning alone, its nearest sought among the suppliers that pass the request's filters, or
   * null when it has too few words for that.
   */
  private NeedQuery byMeaning(String need, IndexReader reader, SearchRequest request) throws IOException {
    return queries.byMeaning(parser.parse(need), reader, filters.build(MatchAllDocsQuery.INSTANCE, request));
  }
}
