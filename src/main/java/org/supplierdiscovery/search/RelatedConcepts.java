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
 * Values of a taxonomy dimension related to one of them by the catalogue itself: those its suppliers
 * most often also have ("Telecare" for "Telehealth"), counted from the suppliers' tags. No list to keep:
 * the relation follows the catalogue as it changes.
 */
final class RelatedConcepts {
  /** At most this many related values are offered for one concept. */
  static final int MAX = 3;
  private final Taxonomy taxonomy;

  RelatedConcepts(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  /** The other values of the concept's dimension that suppliers tagged with it also have, most shared first. */
  List<String> of(IndexSearcher searcher, Concept concept) throws IOException {
    String dim = concept.dimension().param();
    TermQuery tagged = new TermQuery(FacetFields.term(dim, concept.value()));
    List<Shared> shared = new ArrayList<>();
    for (String other : taxonomy.values(concept.dimension())) {
      if (other.equals(concept.value())) {
        continue;
      }
      BooleanQuery both = new BooleanQuery.Builder()
          .add(tagged, BooleanClause.Occur.FILTER)
          .add(new TermQuery(FacetFields.term(dim, other)), BooleanClause.Occur.FILTER)
          .build();
      int count = searcher.count(both);
      if (count > 0) {
        shared.add(new Shared(other, count));
      }
    }
    shared.sort(Comparator.comparingInt(Shared::suppliers).reversed());
    return shared.stream().limit(MAX).map(Shared::value).toList();
  }

  private record Shared(String value, int suppliers) {}
}
