package org.supplierdiscovery.search;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.supplierdiscovery.analysis.ConceptDictionary;
import org.supplierdiscovery.config.IndexConfig;
import org.supplierdiscovery.config.SemanticSettings;
import org.supplierdiscovery.search.NeedParser.Clause;
import org.supplierdiscovery.search.NeedParser.Occur;
import org.supplierdiscovery.semantic.ConceptsByMeaning;
import org.supplierdiscovery.semantic.NearestSuppliersQuery;
import org.supplierdiscovery.semantic.NeedVectors;
import org.supplierdiscovery.semantic.SentenceEmbedder;

/**
 * Reads a need's meaning: the concepts it is close to that its words did not already name, and the
 * suppliers nearest it, weighing as much as the need's words went unread by the dictionary. Only the
 * need's plain words are read, and only two or more: a quoted phrase or a prefix asks for those very
 * words, an excluded word is not wanted, and a single word is a name or a term to find as written.
 */
final class MeaningReader {
  private final SemanticSettings settings;
  private final NeedVectors needs;
  private final ConceptsByMeaning concepts;

  MeaningReader(IndexConfig config, SentenceEmbedder embedder) {
    this.settings = config.semantic();
    this.needs = new NeedVectors(embedder, settings.needCache());
    // every concept's names are embedded once, at start-up, only when concepts are read by meaning
    this.concepts = settings.concepts().max() == 0
        ? null
        : new ConceptsByMeaning(config, new ConceptDictionary(config), embedder);
  }

  NeedMeaning read(List<Clause> clauses, List<Concept> byWords, IndexReader reader) throws IOException {
    String wanted = wanted(clauses);
    float unread = unread(byWords);
    // one word says too little for a sentence model: "kiosks" is searched by that word alone
    boolean nearest = settings.neighbours().k() > 0 && unread > 0 && wanted.strip().contains(" ");
    if (wanted.isBlank() || (concepts == null && !nearest)) {
      // nothing to read: the need is not embedded
      return NeedMeaning.NONE;
    }
    float[] vector = needs.of(wanted);
    Set<String> named = byWords.stream().map(Concept::mark).filter(m -> m != null).collect(Collectors.toSet());
    List<Concept> read = concepts == null
        ? List.of()
        : concepts.read(vector).stream()
            .filter(r -> !named.contains(r.concept().term()))
            .map(Concept::byMeaning)
            .toList();
    return new NeedMeaning(vector, read, nearest ? nearest(vector, unread, reader, null) : null);
  }

  /**
   * The need by meaning alone, at full weight, when its words matched nothing and looser words found
   * nothing either: its nearest suppliers among those {@code filter} matches (the request's filters, so
   * narrow ones still find the nearest that pass), or none for fewer than two plain words.
   */
  NeedMeaning alone(List<Clause> clauses, IndexReader reader, Query filter) throws IOException {
    String wanted = wanted(clauses);
    if (settings.neighbours().k() == 0 || !wanted.strip().contains(" ")) {
      return NeedMeaning.NONE;
    }
    float[] vector = needs.of(wanted);
    return new NeedMeaning(vector, List.of(), nearest(vector, 1, reader, filter));
  }

  /** The words meaning reads: plain ones, neither quoted, prefixes nor excluded. */
  private static String wanted(List<Clause> clauses) {
    return clauses.stream()
        .filter(c -> c.occur() != Occur.MUST_NOT && !c.phrase() && !c.prefix())
        .map(Clause::text)
        .collect(Collectors.joining(" "));
  }

  /**
   * The share of the need's words the dictionary did not know: plain words, neither concepts nor
   * context. A need in the catalogue's own words is read well by them; one in a buyer's own words is
   * not, and its meaning should count for more.
   */
  static float unread(List<Concept> byWords) {
    long content = byWords.stream().filter(c -> !c.context()).count();
    if (content == 0) {
      return 1;
    }
    long plain = byWords.stream()
        .filter(c -> !c.context() && c.mark() == null && c.kind() == Concept.Kind.TERM)
        .count();
    return (float) plain / content;
  }

  /**
   * The nearest suppliers as a clause weighted by how much of the need its words left unread, searched
   * once here.
   */
  private Query nearest(float[] vector, float unread, IndexReader reader, Query filter) throws IOException {
    SemanticSettings.Neighbours n = settings.neighbours();
    Query found = new IndexSearcher(reader)
        .rewrite(new NearestSuppliersQuery(vector, n.k(), n.minSimilarity(), filter));
    return new BoostQuery(found, n.weight() * unread);
  }
}
