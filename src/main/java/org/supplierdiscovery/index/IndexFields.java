package org.supplierdiscovery.index;

import java.util.List;

/** Lucene field names, in one place. */
public final class IndexFields {
  private IndexFields() {}

  public static final String ID = "id";
  public static final String ID_HASH = "idHash";
  public static final String NAME = "name";
  public static final String NAME_SORT = "nameSort";
  /** The whole name, lower-cased, as one term: a need that is exactly a supplier's name finds it. */
  public static final String NAME_EXACT = "nameExact";
  public static final String SUMMARY = "summary";
  public static final String DESCRIPTION = "description";
  public static final String PRODUCTS = "products";
  public static final String LABELS = "labels";
  /**
   * Every text field at once, as a bag of words (no positions): the plain-BM25 baseline reads it.
   * Named apart from layout 2's "all", which had positions: Lucene keeps one schema per field name.
   */
  public static final String ALL = "allWords";
  /** Unstemmed words (documents only), so "did you mean" suggests words rather than stems. */
  public static final String SPELLING = "spellingWords";
  /** Supplier and product names, unstemmed (documents only), for type-ahead on word prefixes. */
  public static final String SUGGEST = "suggestWords";
  public static final String LISTED = "listed";
  public static final String DEPLOYMENTS = "deployments";
  public static final String SOURCE = "source";
  /** Supplier documents and audit entries share the index; this tells them apart. */
  public static final String KIND = "kind";
  public static final String KIND_SUPPLIER = "supplier";
  public static final String KIND_AUDIT = "audit";

  /** Facet dimension holding listings as status / framework / lot paths. */
  public static final String LISTING_DIM = "listing";

  /** Text fields a need is matched against, with stored values for highlighting. */
  public static final List<String> TEXT = List.of(NAME, LABELS, SUMMARY, PRODUCTS, DESCRIPTION);

  /**
   * Fields whose text is marked with the concepts it names (the supplier's own words); the labels of
   * its tags are not, since a tag is its own term and names no other concept.
   */
  public static final List<String> MARKED = List.of(NAME, SUMMARY, PRODUCTS, DESCRIPTION);

  /** Fields whose snippets are shown to buyers. */
  public static final List<String> HIGHLIGHTED = List.of(NAME, SUMMARY, DESCRIPTION, PRODUCTS);
}
