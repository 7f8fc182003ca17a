package org.supplierdiscovery.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.supplierdiscovery.catalogue.SupplierJson;
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
  private final FacetsConfig facetsConfig = FacetFields.config();
  private final RequestCheck check;
  private final NeedParser parser;
  private final ConceptExtractor concepts;
  private final NeedQueryBuilder queries;
  private final FilterBuilder filters;
  private final FacetCounter facets;
  private final FacetBits facetBits = new FacetBits();
  private final HitBuilder hits;
  private final SupplierJson records = new SupplierJson();
  private final SpellingSuggester spelling;
  private final long timeoutMillis;

  public SearchService(CatalogueIndex index, IndexConfig config) {
    this.index = index;
    this.check = new RequestCheck(config.taxonomy(), config.ranking().limits());
    this.parser = new NeedParser(config.ranking().limits().minPrefixLength());
    this.concepts = new ConceptExtractor(config, new ConceptDictionary(config));
    this.queries = new NeedQueryBuilder(config);
    this.filters = new FilterBuilder(facetsConfig, config.taxonomy(), config.facets().defaultStatus());
    this.facets = new FacetCounter(config.taxonomy(), config.facets(), filters);
    this.hits = new HitBuilder(config.indexAnalyzer());
    this.spelling = new SpellingSuggester(config);
    this.timeoutMillis = config.ranking().limits().timeoutMillis();
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
    long start = System.nanoTime();
    check.check(request);
    try {
      return index.withSearcher(view -> answer(view, request, start));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SearchResponse answer(CatalogueSearcher view, SearchRequest request, long start) throws IOException {
    String didYouMean = request.text().isBlank()
        ? null
        : spelling.suggest(request.text(), view.getIndexReader());
    // Concepts are read from the corrected need, so "fraility" still names the Frailty pathway.
    Page page = page(view, didYouMean == null ? request : request.withText(didYouMean), true);
    SearchResponse.Relaxed relaxed = null;
    List<SearchResponse.FilterRelaxation> drops = List.of();
    if (page.total == 0) {
      relaxed = relaxedPage(view, request, didYouMean);
      // the same need under fewer filters: counted on its recorded matches, with no new search
      MatchSet matches = page.matches;
      drops = ZeroResultsHelp.filterDrops(request, fewer -> matches.countPassing(filters.filters(fewer)));
    }
    return new SearchResponse(
        request.text(), page.total, request.page(), request.size(), request.sort().label(),
        view.generation(), (System.nanoTime() - start) / 1_000_000, page.timedOut,
        page.need.concepts().stream()
            .map(c -> new SearchResponse.ConceptView(c.concept().label(), c.concept().kindLabel(),
                c.concept().required()))
            .toList(),
        page.hits, page.facets, didYouMean, relaxed, drops);
  }

  /** Every dimension with its values and counts over the live catalogue (default status). */
  public Map<String, List<FacetValue>> facets() {
    return search(new SearchRequest("", Map.of(), SortOrder.RELEVANCE, 1, 1)).facets();
  }

  /** The full record of one supplier, whatever its status. */
  public Optional<JsonNode> supplier(String id) {
    try {
      return index.withSearcher(view -> {
        TopDocs top = view.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
        return top.scoreDocs.length == 0
            ? Optional.empty()
            : Optional.of(records.toJson(hits.supplier(view, top.scoreDocs[0].doc)));
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One page of a search, with the matches it recorded (every match, before filters). */
  private record Page(
      long total, List<Hit> hits, Map<String, List<FacetValue>> facets, NeedQuery need, boolean timedOut,
      MatchSet matches) {}

  private Page page(IndexSearcher searcher, SearchRequest request, boolean withFacets)
      throws IOException {
    List<Clause> clauses = parser.parse(request.text());
    NeedQuery need = queries.build(concepts.extract(clauses), clauses, searcher.getIndexReader());
    MatchSet matches = new MatchSet(searcher.getIndexReader(), facetBits, filters.filters(request));
    int window = request.page() * request.size();
    var collector = new DeadlineCollectorManager<>(
        matches.recording(new TopFieldCollectorManager(Sorts.of(request.sort()), window, null, window)),
        timeoutMillis);
    TopDocs top = searcher.search(need.query(), collector);
    long total = matches.total();
    int from = Math.min((request.page() - 1) * request.size(), top.scoreDocs.length);
    ScoreDoc[] slice = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
    boolean scored = request.sort() == SortOrder.RELEVANCE && !need.matchAll();
    List<Hit> pageHits = hits.build(searcher, slice, need, scored);
    Map<String, List<FacetValue>> counts = withFacets ? facets.count(matches, request) : Map.of();
    return new Page(total, pageHits, counts, need, collector.timedOut(), matches);
  }

  private SearchResponse.Relaxed relaxedPage(
      IndexSearcher searcher, SearchRequest request, String didYouMean) throws IOException {
    String searched = didYouMean != null ? didYouMean : request.text();
    String loose = ZeroResultsHelp.loosen(searched);
    if (loose.isBlank() || loose.equals(searched)) {
      return null;
    }
    SearchRequest relaxedRequest = request.withText(loose);
    Page page = page(searcher, request.firstPageOf(loose),
        false);
    if (page.total == 0) {
      return null;
    }
    String reason = "quotes, + and - ignored";
    return new SearchResponse.Relaxed(relaxedRequest.text(), reason, page.total, page.hits);
  }
}
