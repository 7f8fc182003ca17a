package org.supplierdiscovery.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a need: a page of ranked hits, counts for every dimension, the concepts the need was
 * read as, and, when nothing matched, what to try instead. {@code query} is the need as typed and
 * {@code searched} the need the results are for: the spelling correction {@code didYouMean} when a
 * word was unknown everywhere, unless the request asked for the need as typed.
 */
public record SearchResponse(
    String query,
    String searched,
    long total,
    int page,
    int size,
    String sort,
    long generation,
    long tookMs,
    boolean timedOut,
    List<ConceptView> concepts,
    List<Hit> hits,
    Map<String, List<FacetValue>> facets,
    String didYouMean,
    Relaxed relaxed,
    List<FilterRelaxation> dropFilters,
    List<StatusRelaxation> includeStatus,
    List<NamedSupplier> namedSuppliers) {

  public SearchResponse {
    concepts = List.copyOf(concepts);
    hits = List.copyOf(hits);
    dropFilters = List.copyOf(dropFilters);
    includeStatus = List.copyOf(includeStatus);
    namedSuppliers = List.copyOf(namedSuppliers);
  }

  /**
   * How the engine read one concept of the need; a {@code context} one ("trust", "pathway") only
   * breaks ties and never counts toward "Covers N of M"; a {@code meaning} one was read from what the
   * need means, not from its words, and is shown apart.
   */
  public record ConceptView(String concept, String kind, boolean required, boolean context, boolean meaning) {
    static ConceptView of(Concept c) {
      return new ConceptView(c.label(), c.kindLabel(), c.required(), c.context(), c.meaning());
    }
  }

  /** Results of a looser reading of the need, shown when the need as typed found nothing. */
  public record Relaxed(String query, String reason, long total, List<Hit> hits) {
    public Relaxed {
      hits = List.copyOf(hits);
    }
  }

  /** How many suppliers the search would find without one of its filters. */
  public record FilterRelaxation(String dimension, String value, long total) {}

  /**
   * How many suppliers the search would find if listings of one more status were included (the search
   * had no status filter, so it saw only the default statuses).
   */
  public record StatusRelaxation(String status, long total) {}

  /** A supplier whose name is exactly the need, whatever its listings' status, with those listings. */
  public record NamedSupplier(String id, String name, List<HitListing> listings) {
    public NamedSupplier {
      listings = List.copyOf(listings);
    }
  }
}
