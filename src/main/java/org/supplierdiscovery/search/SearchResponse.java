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

  /**
   * Results of a looser reading of the need, shown when the need found nothing: the {@code step} that
   * made it ({@code fewer-words}, {@code each-concept} or {@code related-concepts}), the need searched
   * instead ({@code query}), what of the need it left out, the concepts the engine read in it, and why
   * in words. The hits are those a search for {@code query} with the same filters finds.
   */
  public record Relaxed(
      String step, String query, List<String> dropped, List<String> used, String reason, long total, List<Hit> hits) {
    public Relaxed {
      dropped = List.copyOf(dropped);
      used = List.copyOf(used);
      hits = List.copyOf(hits);
    }
  }

  /** How many suppliers the search would find without one of its filters. */
  public record FilterRelaxation(String dimension, String value, long total) {}

  /**
   * How many suppliers the search would find if listings of one more status were included (the search
   * had no status filter, so it saw only the default statuses), and how many of them give each reason
   * for their listings of that status, most given first.
   */
  public record StatusRelaxation(String status, long total, List<ReasonCount> reasons) {
    public StatusRelaxation {
      reasons = List.copyOf(reasons);
    }
  }

  /** How many suppliers give one reason (its code and label) for a listing's status. */
  public record ReasonCount(String reason, String label, long total) {}

  /** A supplier whose name is exactly the need, whatever its listings' status, with those listings. */
  public record NamedSupplier(String id, String name, List<HitListing> listings) {
    public NamedSupplier {
      listings = List.copyOf(listings);
    }
  }
}
