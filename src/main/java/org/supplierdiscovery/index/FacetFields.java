package org.supplierdiscovery.index;

import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.supplierdiscovery.catalogue.Dimension;

/**
 * How facet dimensions are laid out in Lucene. Supplier-wide dimensions are flat sorted-set doc-values
 * facets named by their parameter; framework, lot and status live in one hierarchical dimension of
 * listing paths (status / framework / lot) so that "active on this lot" is one exact term. Each
 * dimension has its own doc-values field: drill-sideways counts every filtered dimension on its own
 * collector, and that count then reads the ordinals of that dimension alone.
 */
public final class FacetFields {
  /**
   * Version of this layout, kept in each commit. An index written with another one is rewritten from
   * its stored records when it is opened ({@link CatalogueIndex#upgrade}). 1: one shared field. 2: the
   * catch-all, spelling and type-ahead fields with positions (and a product-name field no search read).
   */
  public static final String LAYOUT = "3";

  public static final List<Dimension> FLAT = List.of(
      Dimension.TECHNOLOGY_AREA,
      Dimension.CAPABILITY,
      Dimension.PATHWAY,
      Dimension.STANDARD,
      Dimension.REGION,
      Dimension.SME);

  /** Every dimension as indexed: the flat ones, then the listing paths. */
  public static final List<String> DIMS = Stream
      .concat(FLAT.stream().map(Dimension::param), Stream.of(IndexFields.LISTING_DIM)).toList();

  private FacetFields() {}

  /** The doc-values (and drill-down term) field of one dimension. */
  public static String field(String dim) {
    return "$facet." + dim;
  }

  public static FacetsConfig config() {
    FacetsConfig config = new FacetsConfig();
    for (String dim : DIMS) {
      config.setMultiValued(dim, true);
      config.setIndexFieldName(dim, field(dim));
    }
    config.setHierarchical(IndexFields.LISTING_DIM, true);
    return config;
  }

  /** The drill-down term of a value of a flat dimension, or of a listing path. */
  public static Term term(String dim, String... path) {
    return DrillDownQuery.term(field(dim), dim, path);
  }
}
