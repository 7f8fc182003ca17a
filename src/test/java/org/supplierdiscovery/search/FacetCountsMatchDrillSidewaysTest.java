package org.supplierdiscovery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.DrillSideways.DrillSidewaysResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supplierdiscovery.analysis.ConceptDictionary;
import org.supplierdiscovery.bench.CatalogueGenerator;
import org.supplierdiscovery.TestCatalogue;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.config.Framework;
import org.supplierdiscovery.config.IndexConfig;
import org.supplierdiscovery.config.Taxonomy;
import org.supplierdiscovery.index.CatalogueSearcher;
import org.supplierdiscovery.index.FacetFields;
import org.supplierdiscovery.index.IndexFields;
import org.supplierdiscovery.search.NeedParser.Clause;

/**
 * Facet counts, totals and top hits from the match-set bitsets equal what Lucene's own
 * {@link DrillSideways} with sorted-set doc-values counts gives, on the sample catalogue, for
 * judged needs and browsing under random any-of, required and excluded filters of every dimension,
 * in every order.
 */
class FacetCountsMatchDrillSidewaysTest {
  private static final int REQUESTS = 300;
  private static TestCatalogue catalogue;
  private static List<String> needs;

  @BeforeAll
  static void load() throws IOException {
    catalogue = TestCatalogue.load(TestCatalogue.SAMPLE);
    needs = new ArrayList<>(List.of("", "", "\"remote monitoring\" -wearables", "+cyber security"));
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(Path.of("eval/needs.jsonl"))) {
      needs.add(json.readTree(line).get("need").asText());
    }
  }

  @AfterAll
  static void close() throws IOException {
    catalogue.close();
  }

  @Test
  void countsTotalsAndHitsEqualLucenesDrillSideways() throws IOException {
    Counted counted = check(catalogue, REQUESTS, new Random(20261204));
    assertEquals(true, counted.filtered() > REQUESTS / 2, "most requests are filtered");
    assertEquals(true, counted.zeroResults() > 10,
        "enough requests find nothing to check the filters to drop: " + counted.zeroResults());
  }

  /**
   * The same on a generated catalogue of some thousands: large enough that a relevance ranking's top
   * page skips documents that cannot reach it (max-score), which must never change the page.
   */
  @Test
  void theSameOnACatalogueLargeEnoughToSkip(@TempDir Path dir) throws IOException {
    Path data = dir.resolve("generated.jsonl");
    CatalogueGenerator.main(new String[]{"--size", "4000", "--seed", "42", "--out", data.toString()});
    try (TestCatalogue generated = TestCatalogue.load(data)) {
      assertEquals(List.of(), generated.report.rejected());
      Counted counted = check(generated, REQUESTS / 2, new Random(20261205));
      assertEquals(true, counted.filtered() > REQUESTS / 4, "most requests are filtered");
    }
  }

  private record Counted(int filtered, int zeroResults) {}

  private static Counted check(TestCatalogue catalogue, int requests, Random random) throws IOException {
    IndexConfig config = TestCatalogue.config();
    DrillSidewaysOracle oracle = new DrillSidewaysOracle(config);
    int filtered = 0;
    int zeroResults = 0;
    for (int i = 0; i < requests; i++) {
      Taxonomy taxonomy = config.taxonomy();
      Map<Dimension, List<String>> any = randomFilters(random, taxonomy, 3);
      Map<Dimension, List<String>> all = without(randomFilters(random, taxonomy, 2), any);
      Map<Dimension, List<String>> not = without(without(randomFilters(random, taxonomy, 2), any), all);
      SearchRequest request = new SearchRequest(needs.get(random.nextInt(needs.size())), any, all, not,
          pick(random, List.of(SortOrder.values())), 1, 20);
      filtered += request.filtered() ? 1 : 0;
      SearchResponse actual = catalogue.search.search(request);
      SearchRequest searched = actual.didYouMean() == null ? request : request.withText(actual.didYouMean());
      CatalogueSearcher view = catalogue.index.acquire();
      try {
        DrillSidewaysOracle.Answer expected = oracle.answer(view, searched);
        assertEquals(expected.total(), actual.total(), () -> "total of " + request);
        assertEquals(expected.ids(), actual.hits().stream().map(Hit::id).toList(), () -> "hits of " + request);
        for (String dim : actual.facets().keySet()) {
          assertEquals(expected.counts().get(dim), TestCatalogue.facetCounts(actual, dim),
              () -> dim + " counts of " + request);
        }
        if (actual.total() == 0) {
          zeroResults++;
          assertEquals(oracle.drops(view, searched), actual.dropFilters().stream()
              .map(d -> d.dimension() + "=" + d.value() + " " + d.total()).toList(), () -> "drops of " + request);
        }
      } finally {
        catalogue.index.release(view);
      }
    }
    return new Counted(filtered, zeroResults);
  }

  private static Map<Dimension, List<String>> randomFilters(Random random, Taxonomy taxonomy, int maxDims) {
    Map<Dimension, List<String>> filters = new EnumMap<>(Dimension.class);
    int dims = random.nextInt(maxDims + 1);
    for (int d = 0; d < dims; d++) {
      Dimension dim = pick(random, List.of(Dimension.values()));
      List<String> values = taxonomy.values(dim);
      List<String> chosen = new ArrayList<>(filters.getOrDefault(dim, List.of()));
      for (int v = 1 + random.nextInt(2); v > 0; v--) {
        String value = values.get(random.nextInt(values.size()));
        if (!chosen.contains(value)) {
          chosen.add(value);
        }
      }
      filters.put(dim, chosen);
    }
    return filters;
  }

  /** The values of {@code filters} not already in {@code taken} (a request names each value once per dimension). */
  private static Map<Dimension, List<String>> without(Map<Dimension, List<String>> filters,
      Map<Dimension, List<String>> taken) {
    Map<Dimension, List<String>> out = new EnumMap<>(Dimension.class);
    filters.forEach((d, values) -> out.put(d,
        values.stream().filter(v -> !taken.getOrDefault(d, List.of()).contains(v)).toList()));
    return out;
  }

  private static <T> T pick(Random random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  /** The earlier way of counting: DrillSideways, then sorted-set doc-values counts per dimension. */
  private static final class DrillSidewaysOracle {
    private final Taxonomy taxonomy;
    private final FacetsConfig facets = FacetFields.config();
    private final NeedParser parser;
    private final ConceptExtractor concepts;
    private final NeedQueryBuilder queries;
    private final FilterBuilder filters;
    private final Map<String, SortedSetDocValuesReaderState> states = new HashMap<>();
    private final ProximityRescorer proximity;

    DrillSidewaysOracle(IndexConfig config) {
      this.proximity = new ProximityRescorer(config.ranking().proximity().rescoreDepth());
      this.taxonomy = config.taxonomy();
      this.parser = new NeedParser(config.ranking().limits().minPrefixLength());
      this.concepts = new ConceptExtractor(config, new ConceptDictionary(config));
      this.queries = new NeedQueryBuilder(config);
      this.filters = new FilterBuilder(facets, taxonomy, config.facets().defaultStatus());
    }

    record Answer(long total, List<String> ids, Map<String, Map<String, Long>> counts) {}

    /** For each dimension, the matches its counts are read from (every filter but its own). */
    private interface Sideways {
      FacetsCollector of(String dim) throws IOException;
    }

    /**
     * For each filter value, the request's total without it, where that finds something: most first,
     * ties in the order the values were given.
     */
    List<String> drops(IndexSearcher searcher, SearchRequest request) throws IOException {
      List<Map.Entry<String, Long>> drops = new ArrayList<>();
      for (FilterKind kind : FilterKind.values()) {
        for (var e : request.of(kind).entrySet()) {
          for (String value : e.getValue()) {
            Map<Dimension, List<String>> fewer = new EnumMap<>(request.of(kind));
            fewer.put(e.getKey(), e.getValue().stream().filter(v -> !v.equals(value)).toList());
            long total = total(searcher, request.with(kind, fewer));
            if (total > 0) {
              drops.add(Map.entry(kind.param(e.getKey()) + "=" + value, total));
            }
          }
        }
      }
      drops.sort(Map.Entry.<String, Long>comparingByValue().reversed());
      return drops.stream().map(d -> d.getKey() + " " + d.getValue()).toList();
    }

    /** Matches of the need under every filter, by one plain count. */
    long total(IndexSearcher searcher, SearchRequest request) throws IOException {
      return searcher.count(allBut(read(searcher, request).query(), filters.filters(request), null));
    }

    /**
     * The need as the engine ranks it: with its meaning when its words match something under every
     * filter, by its words alone when they do not.
     */
    private NeedQuery read(IndexSearcher searcher, SearchRequest request) throws IOException {
      List<Clause> clauses = parser.parse(request.text());
      NeedQuery need = queries.build(concepts.extract(clauses), clauses, searcher.getIndexReader());
      boolean wordsMatch = searcher.count(allBut(need.lexical(), filters.filters(request), null)) > 0;
      return wordsMatch ? need : need.lexicalOnly();
    }

    /**
     * Lucene's DrillSideways for any-of filters. With required or excluded values, one plain query per
     * dimension instead: there DrillSideways' counts disagreed with plain queries (a Spark DPS count of
     * 8 where a direct count of the need, the other filters and the listing term gave 4).
     */
    Answer answer(IndexSearcher searcher, SearchRequest request) throws IOException {
      NeedQuery need = read(searcher, request);
      // the first hits of a relevance ranking are reordered for proximity, as the engine does
      boolean rescored = request.sort() == SortOrder.RELEVANCE && !need.matchAll() && need.proximity() != null;
      int window = request.page() * request.size();
      var top = new TopFieldCollectorManager(Sorts.of(request.sort()), rescored ? proximity.window(window) : window,
          null, Integer.MAX_VALUE);
      Hits hits = found -> {
        TopDocs ranked = rescored ? proximity.rescore(searcher, found, need.proximity()) : found;
        List<String> ids = ids(searcher, ranked);
        return ids.subList(Math.min((request.page() - 1) * request.size(), ids.size()), Math.min(window, ids.size()));
      };
      if (!request.required().isEmpty() || !request.excluded().isEmpty()) {
        return plainQueries(searcher, request, need.query(), top, hits);
      }
      DrillSideways ds = new DrillSideways(searcher, facets, null, null) {
        @Override
        protected Facets buildFacetsResult(FacetsCollector down, FacetsCollector[] sideways, String[] dims) {
          return null;
        }
      };
      var result = ds.search(filters.build(need.query(), request), top);
      long total = result.drillDownFacetsCollector.getMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum();
      return new Answer(total, hits.of((TopDocs) result.collectorResult),
          counts(searcher, dim -> sideways(result, dim), request));
    }

    /** The page's ids, from the hits a search collected. */
    private interface Hits {
      List<String> of(TopDocs found) throws IOException;
    }

    private Answer plainQueries(IndexSearcher searcher, SearchRequest request, Query base,
        TopFieldCollectorManager top, Hits hits) throws IOException {
      Map<String, DimensionFilter> byDim = filters.filters(request);
      Query all = allBut(base, byDim, null);
      Map<String, FacetsCollector> sideways = new HashMap<>();
      Sideways of = dim -> {
        FacetsCollector known = sideways.get(dim);
        if (known == null) {
          known = searcher.search(allBut(base, byDim, dim), new FacetsCollectorManager());
          sideways.put(dim, known);
        }
        return known;
      };
      return new Answer(searcher.count(all), hits.of(searcher.search(all, top)), counts(searcher, of, request));
    }

    private static Query allBut(Query base, Map<String, DimensionFilter> byDim, String dim) {
      BooleanQuery.Builder q = new BooleanQuery.Builder().add(base, BooleanClause.Occur.MUST);
      byDim.forEach((d, filter) -> {
        if (!d.equals(dim)) {
          q.add(FilterBuilder.query(filter), BooleanClause.Occur.FILTER);
        }
      });
      return q.build();
    }

    private static FacetsCollector sideways(DrillSidewaysResult result, String dim) {
      for (int i = 0; result.drillSidewaysDims != null && i < result.drillSidewaysDims.length; i++) {
        if (result.drillSidewaysDims[i].equals(dim)) {
          return result.drillSidewaysFacetsCollector[i];
        }
      }
      return result.drillDownFacetsCollector;
    }

    private static List<String> ids(IndexSearcher searcher, TopDocs top) throws IOException {
      List<String> ids = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        ids.add(searcher.storedFields().document(sd.doc).get(IndexFields.ID));
      }
      return ids;
    }

    private Map<String, Map<String, Long>> counts(IndexSearcher searcher, Sideways result,
        SearchRequest request) throws IOException {
      Map<String, Map<String, Long>> out = new LinkedHashMap<>();
      for (Dimension d : FacetFields.FLAT) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (String v : taxonomy.values(d)) {
          put(values, v, selected(request, d, v), count(searcher, result, d.param(), v));
        }
        out.put(d.param(), values);
      }
      List<String> statuses = filters.statuses(request);
      Map<String, Long> frameworks = new LinkedHashMap<>();
      for (Framework fw : taxonomy.frameworks()) {
        long inFramework = sum(searcher, result, statuses, fw.name());
        put(frameworks, fw.name(), selected(request, Dimension.FRAMEWORK, fw.name()), inFramework);
        for (String lot : fw.lots()) {
          put(frameworks, fw.name() + " / " + lot, selected(request, Dimension.LOT, lot),
              sum(searcher, result, statuses, fw.name(), lot));
        }
      }
      out.put(Dimension.FRAMEWORK.param(), frameworks);
      Map<String, Long> byStatus = new LinkedHashMap<>();
      for (String status : taxonomy.values(Dimension.STATUS)) {
        long count = 0;
        for (String[] path : filters.listingPaths(request, List.of(status))) {
          count += count(searcher, result, IndexFields.LISTING_DIM, path);
        }
        put(byStatus, status, statuses.contains(status) || request.required(Dimension.STATUS).contains(status), count);
      }
      out.put(Dimension.STATUS.param(), byStatus);
      return out;
    }

    private SortedSetDocValuesReaderState readerState(IndexSearcher searcher, String dim) {
      try {
        return new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), FacetFields.field(dim), facets);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static boolean selected(SearchRequest request, Dimension d, String value) {
      return request.values(d).contains(value) || request.required(d).contains(value);
    }

    /** Adds a value as {@link TestCatalogue#facetCounts} reads it: non-zero or selected. */
    private static void put(Map<String, Long> values, String value, boolean selected, long count) {
      if (count > 0 || selected) {
        values.put(value + (selected ? "*" : ""), count);
      }
    }

    private long sum(IndexSearcher searcher, Sideways result, List<String> statuses, String... path)
        throws IOException {
      long sum = 0;
      for (String status : statuses) {
        String[] full = new String[path.length + 1];
        full[0] = status;
        System.arraycopy(path, 0, full, 1, path.length);
        sum += count(searcher, result, IndexFields.LISTING_DIM, full);
      }
      return sum;
    }

    private long count(IndexSearcher searcher, Sideways result, String dim, String... path)
        throws IOException {
      FacetsCollector fc = result.of(dim);
      try {
        var state = states.computeIfAbsent(dim, d -> readerState(searcher, d));
        Number n = new SortedSetDocValuesFacetCounts(state, fc).getSpecificValue(dim, path);
        return n == null ? 0 : Math.max(0, n.longValue());
      } catch (IllegalArgumentException noSuchValue) {
        return 0;
      }
    }
  }
}
