package org.supplierdiscovery.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.supplierdiscovery.config.Taxonomy;
import org.supplierdiscovery.index.FacetFields;

/**
 * Values of a taxonomy dimension related to one of them by the catalogue itself: those whose suppliers
 * most overlap with its suppliers ("Telecare" for "Telehealth"), counted from the suppliers' tags. The
 * overlap is the share of the suppliers having either value that have both (Jaccard), so a value almost
 * every supplier has does not relate to everything. No list to keep: the relation follows the catalogue.
 */
final class RelatedConcepts {
  /** At most this many related values are offered for one concept. */
  static final int MAX = 3;
  private final Taxonomy taxonomy;

  RelatedConcepts(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  /** The other values of the concept's dimension whose suppliers most overlap with its own, closest first. */
  List<String> of(IndexSearcher searcher, Concept concept) throws IOException {
    String dim = concept.dimension().param();
    TermQuery tagged = new TermQuery(FacetFields.term(dim, concept.value()));
    int own = searcher.count(tagged);
    List<Overlap> overlaps = new ArrayList<>();
    for (String other : taxonomy.values(concept.dimension())) {
      if (other.equals(concept.value())) {
        continue;
      }
      TermQuery otherTagged = new TermQuery(FacetFields.term(dim, other));
      BooleanQuery both = new BooleanQuery.Builder()
          .add(tagged, BooleanClause.Occur.FILTER)
          .add(otherTagged, BooleanClause.Occur.FILTER)
          .build();
      int shared = searcher.count(both);
      if (shared > 0) {
        overlaps.add(new Overlap(other, (double) shared / (own + searcher.count(otherTagged) - shared)));
      }
    }
    overlaps.sort(Comparator.comparingDouble(Overlap::share).reversed());
    return overlaps.stream().limit(MAX).map(Overlap::value).toList();
  }

  private record Overlap(String value, double share) {}
}
