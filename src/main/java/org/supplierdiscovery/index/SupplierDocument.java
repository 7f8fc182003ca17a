package org.supplierdiscovery.index;

import static org.supplierdiscovery.index.IndexFields.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.supplierdiscovery.analysis.ConceptDictionary;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.catalogue.Listing;
import org.supplierdiscovery.catalogue.ListingStatus;
import org.supplierdiscovery.catalogue.Product;
import org.supplierdiscovery.catalogue.Supplier;
import org.supplierdiscovery.catalogue.SupplierJson;
import org.supplierdiscovery.config.SemanticSettings;
import org.supplierdiscovery.semantic.SentenceEmbedder;
import org.supplierdiscovery.semantic.SupplierVectors;

/** Turns one supplier record into its Lucene document: the only place that does. */
public final class SupplierDocument {
  /**
   * Tokenized, with offsets in postings: highlights come from the matches, without re-analysis. The
   * text is stored beside it in a field of the same name.
   */
  private static final FieldType HIGHLIGHTED_TEXT = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    HIGHLIGHTED_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    HIGHLIGHTED_TEXT.freeze();
  }

  /**
   * Version of the document layout, kept with the concept dictionary's fingerprint in each commit. An
   * index written in another one is rewritten from its stored records when it is opened ({@link
   * CatalogueWriter#upgrade}). 1: every facet dimension in one field; 2: a field per dimension; 3: text
   * marked with the concepts it names, the exact name as a term, and the catch-all, spelling and type-ahead
   * fields without positions (renamed, since Lucene keeps one schema per field name).
   */
  private static final String LAYOUT_VERSION = "3";

  /**
   * Words only asked whether (and in how many suppliers) they occur: "did you mean" and type-ahead
   * prefixes. No frequencies, positions or norms to write.
   */
  private static final FieldType WORDS = new FieldType();

  /** The catch-all text, only ever scored as a bag of words (plain BM25): frequencies and norms, no positions. */
  private static final FieldType BAG_OF_WORDS = new FieldType();

  static {
    WORDS.setTokenized(true);
    WORDS.setOmitNorms(true);
    WORDS.setIndexOptions(IndexOptions.DOCS);
    WORDS.freeze();
    BAG_OF_WORDS.setTokenized(true);
    BAG_OF_WORDS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    BAG_OF_WORDS.freeze();
  }

  private final FacetsConfig facets;
  private final Analyzer analyzer;
  private final SupplierJson json = new SupplierJson();
  private final SupplierVectors vectors;

  /**
   * Builds documents without vectors, matched by words alone, whose text fields {@code analyzer} reads
   * here, once each: the writer's analyzer, as it would read them per field.
   */
  public SupplierDocument(FacetsConfig facets, Analyzer analyzer) {
    this(facets, analyzer, null);
  }

  /** Documents with the supplier's meaning as a vector when {@code vectors} is not null. */
  public SupplierDocument(FacetsConfig facets, Analyzer analyzer, SupplierVectors vectors) {
    this.facets = facets;
    this.analyzer = analyzer;
    this.vectors = vectors;
  }

  /** Documents as {@code semantic} asks: with a vector when matching by meaning is on. */
  public static SupplierDocument of(FacetsConfig facets, Analyzer analyzer, SemanticSettings semantic) {
    return new SupplierDocument(facets, analyzer,
        semantic.enabled() ? new SupplierVectors(semantic, new SentenceEmbedder()) : null);
  }

  /** Whether the documents hold vectors, so those a committed view holds are worth looking up. */
  boolean withVectors() {
    return vectors != null;
  }

  /** The vectors embedded and kept so far; none when documents hold no vectors. */
  SupplierVectors.Counts vectorCounts() {
    return vectors == null ? SupplierVectors.Counts.NONE : vectors.counts();
  }

  public Document build(Supplier s) throws IOException {
    return build(s, SupplierVectors.Known.NONE);
  }

  /** The supplier's document, reusing the vector {@code known} holds for its text when there is one. */
  public Document build(Supplier s, SupplierVectors.Known known) throws IOException {
    Document doc = new Document();
    doc.add(new KeywordField(ID, s.id(), Field.Store.YES));
    doc.add(new KeywordField(KIND, KIND_SUPPLIER, Field.Store.NO));
    doc.add(new NumericDocValuesField(ID_HASH, idHash(s.id())));
    List<AnalysedText> texts = new ArrayList<>();
    addHighlighted(doc, NAME, s.name(), texts);
    doc.add(new Field(SUGGEST, s.name(), WORDS));
    doc.add(new SortedDocValuesField(NAME_SORT, new BytesRef(exactName(s.name()))));
    doc.add(new KeywordField(NAME_EXACT, exactName(s.name()), Field.Store.NO));
    addHighlighted(doc, SUMMARY, s.summary(), texts);
    if (s.description() != null) {
      addHighlighted(doc, DESCRIPTION, s.description(), texts);
    }
    for (Product p : s.products()) {
      addHighlighted(doc, PRODUCTS, p.text(), texts);
      doc.add(new Field(SUGGEST, p.name(), WORDS));
    }
    String labels = String.join(". ", labels(s));
    AnalysedText labelText = AnalysedText.of(analyzer, LABELS, labels);
    texts.add(labelText);
    doc.add(new Field(LABELS, labelText.tokens(), TextField.TYPE_NOT_STORED));
    // the catch-all holds the same words as the fields above, so it replays them rather than analysing again
    doc.add(new Field(ALL, AnalysedText.words(texts), BAG_OF_WORDS));
    doc.add(new Field(SPELLING, String.join("\n", allText(s, labels)), WORDS));
    doc.add(new NumericDocValuesField(LISTED, lastListed(s)));
    doc.add(new NumericDocValuesField(DEPLOYMENTS, s.deployments() == null ? 0 : s.deployments()));
    doc.add(new StoredField(SOURCE, json.toJsonString(s).getBytes(StandardCharsets.UTF_8)));
    addFacets(doc, s);
    if (vectors != null) {
      vectors.addTo(doc, s, known);
    }
    return facets.build(doc);
  }

  /** A text field analysed once here: its tokens indexed with offsets, its text stored for highlighting. */
  private void addHighlighted(Document doc, String field, String text, List<AnalysedText> texts) throws IOException {
    AnalysedText analysed = AnalysedText.of(analyzer, field, text);
    texts.add(analysed);
    doc.add(new Field(field, analysed.tokens(), HIGHLIGHTED_TEXT));
    doc.add(new StoredField(field, text));
  }

  private static void addFacets(Document doc, Supplier s) {
    flat(doc, Dimension.TECHNOLOGY_AREA, s.technologyAreas());
    flat(doc, Dimension.CAPABILITY, s.capabilities());
    flat(doc, Dimension.PATHWAY, s.pathways());
    flat(doc, Dimension.STANDARD, s.standards());
    flat(doc, Dimension.REGION, s.regions());
    if (s.sme() != null) {
      flat(doc, Dimension.SME, List.of(s.sme().toString()));
    }
    for (Listing l : s.listings()) {
      String status = l.status().label();
      doc.add(
          l.lot() == null
              ? new SortedSetDocValuesFacetField(LISTING_DIM, status, l.framework())
              : new SortedSetDocValuesFacetField(LISTING_DIM, status, l.framework(), l.lot()));
    }
  }

  private static void flat(Document doc, Dimension dim, List<String> values) {
    values.forEach(v -> doc.add(new SortedSetDocValuesFacetField(dim.param(), v)));
  }

  private static List<String> labels(Supplier s) {
    List<String> labels = new ArrayList<>();
    labels.addAll(s.technologyAreas());
    labels.addAll(s.capabilities());
    labels.addAll(s.pathways());
    labels.addAll(s.standards());
    return labels;
  }

  private static List<String> allText(Supplier s, String labels) {
    List<String> text = new ArrayList<>(List.of(s.name(), s.summary()));
    if (s.description() != null) {
      text.add(s.description());
    }
    for (Product p : s.products()) {
      text.add(p.name());
      if (p.description() != null) {
        text.add(p.description());
      }
    }
    text.add(labels);
    return text;
  }

  /** The most recent date the supplier joined a framework it is active on (or any, if none). */
  static long lastListed(Supplier s) {
    return s.listings().stream()
        .filter(l -> l.status() == ListingStatus.ACTIVE || !s.hasActiveListing())
        .mapToLong(l -> l.since().toEpochDay())
        .max()
        .orElse(0);
  }

  /** A name as {@link IndexFields#NAME_EXACT} holds it: lower-cased, without surrounding spaces. */
  public static String exactName(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The layout documents are written in when their text is marked with {@code dictionary}'s concepts and
   * they hold a vector as {@code semantic} asks: switching meaning on or off rewrites the index.
   */
  public static String layout(ConceptDictionary dictionary, SemanticSettings semantic) {
    String words = LAYOUT_VERSION + "/" + dictionary.fingerprint();
    return semantic.enabled() ? words + "/" + semantic.layout() : words;
  }

  /** The record stored with a supplier's document, as JSON text; null for other documents (audit entries). */
  public static String storedRecord(StoredFields stored, int doc) throws IOException {
    BytesRef bytes = stored.document(doc, Set.of(SOURCE)).getBinaryValue(SOURCE);
    return bytes == null ? null : bytes.utf8ToString();
  }

  /** A stable hash of the id: ties in score are broken by it, never by insertion order. */
  public static long idHash(String id) {
    byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
    return StringHelper.murmurhash3_x86_32(bytes, 0, bytes.length, 0x5D15C0) & 0xffffffffL;
  }
}
