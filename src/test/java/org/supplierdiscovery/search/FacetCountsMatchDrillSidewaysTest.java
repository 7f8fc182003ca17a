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
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
 * judged needs and browsing under random filters of every dimension and every order.
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
    Random random = new Random(20261204);
    IndexConfig config = TestCatalogue.config();
    DrillSidewaysOracle oracle = new DrillSidewaysOracle(config);
    int filtered = 0;
    for (int i = 0; i < REQUESTS; i++) {
      SearchRequest request = new SearchRequest(needs.get(random.nextInt(needs.size())),
          randomFilters(random, config.taxonomy()), pick(random, List.of(SortOrder.values())),
          1, 20);
      filtered += request.filters().isEmpty() ? 0 : 1;
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
      } finally {
        catalogue.index.release(view);
      }
    }
    assertEquals(true, filtered > REQUESTS / 2, "most requests are filtered");
  }

  private static Map<Dimension, List<String>> randomFilters(Random random, Taxonomy taxonomy) {
    Map<Dimension, List<String>> filters = new EnumMap<>(Dimension.class);
    int dims = random.nextInt(4);
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

    DrillSidewaysOracle(IndexConfig config) {
      this.taxonomy = config.taxonomy();
      this.parser = new NeedParser(config.ranking().limits().minPrefixLength());
      this.concepts = new ConceptExtractor(config, new ConceptDictionary(config));
      this.queries = new NeedQueryBuilder(config);
      this.filters = new FilterBuilder(facets, taxonomy, config.facets().defaultStatus());
    }

    record Answer(long total, List<String> ids, Map<String, Map<String, Long>> counts) {}

    Answer answer(IndexSearcher searcher, SearchRequest request) throws IOException {
      List<Clause> clauses = parser.parse(request.text());
      NeedQuery need = queries.build(concepts.extract(clauses), clauses, searcher.getIndexReader());
      int window = request.page() * request.size();
      DrillSideways ds = new DrillSideways(searcher, facets, null, null) {
        @Override
        protected Facets buildFacetsResult(FacetsCollector down, FacetsCollector[] sideways, String[] dims) {
          return null;
        }
      };
      var result = ds.search(filters.build(need.query(), request),
          new TopFieldCollectorManager(Sorts.of(request.sort()), window, null, Integer.MAX_VALUE));
      TopDocs top = (TopDocs) result.collectorResult;
      List<String> ids = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        ids.add(searcher.storedFields().document(sd.doc).get(IndexFields.ID));
      }
      long total = result.drillDownFacetsCollector.getMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum();
      return new Answer(total, ids, counts(searcher, result, request));
    }

    private Map<String, Map<String, Long>> counts(IndexSearcher searcher, DrillSidewaysResult result,
        SearchRequest request) throws IOException {
      Map<String, Map<String, Long>> out = new LinkedHashMap<>();
      for (Dimension d : FacetFields.FLAT) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (String v : taxonomy.values(d)) {
          put(values, v, request.values(d).contains(v), count(searcher, result, d.param(), v));
        }
        out.put(d.param(), values);
      }
      List<String> statuses = filters.statuses(request);
      Map<String, Long> frameworks = new LinkedHashMap<>();
      for (Framework fw : taxonomy.frameworks()) {
        long inFramework = sum(searcher, result, statuses, fw.name());
        put(frameworks, fw.name(), request.values(Dimension.FRAMEWORK).contains(fw.name()), inFramework);
        for (String lot : fw.lots()) {
          put(frameworks, fw.name() + " / " + lot, request.values(Dimension.LOT).contains(lot),
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
        put(byStatus, status, statuses.contains(status), count);
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

    /** Adds a value as {@link TestCatalogue#facetCounts} reads it: non-zero or selected. */
    private static void put(Map<String, Long> values, String value, boolean selected, long count) {
      if (count > 0 || selected) {
        values.put(value + (selected ? "*" : ""), count);
      }
    }

    private long sum(IndexSearcher searcher, DrillSidewaysResult result, List<String> statuses, String... path)
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

    private long count(IndexSearcher searcher, DrillSidewaysResult result, String dim, String... path)
        throws IOException {
      FacetsCollector fc = result.drillDownFacetsCollector;
      for (int i = 0; result.drillSidewaysDims != null && i < result.drillSidewaysDims.length; i++) {
        if (result.drillSidewaysDims[i].equals(dim)) {
          fc = result.drillSidewaysFacetsCollector[i];
        }
      }
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
