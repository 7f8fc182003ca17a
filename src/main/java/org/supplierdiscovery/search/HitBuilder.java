package org.supplierdiscovery.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.supplierdiscovery.catalogue.Supplier;
import org.supplierdiscovery.catalogue.SupplierJson;
import org.supplierdiscovery.config.ListingReasons;
import org.supplierdiscovery.index.SupplierDocument;

/**
 * Builds the hits of one page from each supplier's stored record, read once: its facts, which of the
 * need's concepts it covers and where, and passages with the matched words marked.
 */
final class HitBuilder {
  private final SupplierJson json = new SupplierJson();
  private final Passages passages;
  private final ListingReasons reasons;
  private final List<String> nearestBy;

  /** {@code nearestBy}: the supplier texts its meaning vector is made of. */
  HitBuilder(Analyzer indexAnalyzer, ListingReasons reasons, List<String> nearestBy) {
    this.passages = new Passages(indexAnalyzer);
    this.reasons = reasons;
    this.nearestBy = List.copyOf(nearestBy);
  }

  List<Hit> build(IndexSearcher searcher, ScoreDoc[] page, NeedQuery need, boolean scored) throws IOException {
    HitExplainer explainer = new HitExplainer(searcher, need.concepts(), passages);
    MeaningExplainer meaning = new MeaningExplainer(searcher, need.meaning(), nearestBy);
    List<Hit> hits = new ArrayList<>();
    for (ScoreDoc sd : page) {
      Supplier s = supplier(searcher, sd.doc);
      HitExplainer.Explanation why = explainer.explain(sd.doc, s);
      hits.add(
          new Hit(
              s.id(),
              s.name(),
              s.summary(),
              scored ? score(sd) : null,
              s.technologyAreas(),
              s.capabilities(),
              s.pathways(),
              listings(s),
              why.highlights(),
              why.matched(),
              explainer.countedTotal(),
              why.context(),
              meaning.explain(sd.doc, s, why.meaning(), !why.matched().isEmpty() || !why.context().isEmpty())));
    }
    return hits;
  }

  /** The supplier's listings as the API shows them, each reason with its label. */
  List<HitListing> listings(Supplier s) {
    return s.listings().stream().map(l -> HitListing.of(l, reasons)).toList();
  }

  Supplier supplier(IndexSearcher searcher, int doc) throws IOException {
    return json.fromJsonString(SupplierDocument.storedRecord(searcher.storedFields(), doc));
  }

  private static Float score(ScoreDoc sd) {
    if (sd instanceof FieldDoc fd && fd.fields != null && fd.fields.length > 0 && fd.fields[0] instanceof Float f) {
      return f;
    }
    return Float.isNaN(sd.score) ? null : sd.score;
  }
}
