package org.supplierdiscovery.index;

import java.util.List;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.supplierdiscovery.catalogue.Dimension;

/**
 * How facet dimensions are laid out in Lucene. Supplier-wide dimensions are flat sorted-set doc-values
 * facets named by their parameter; framework, lot and status live in one hierarchical dimension of
 * listing paths (status / framework / lot) so that "active on this lot" is one exact term.
 */
public final class FacetFields {
  public static final List<Dimension> FLAT =
      List.of(
          Dimension.TECHNOLOGY_AREA,
          Dimension.CAPABILITY,
          Dimension.PATHWAY,
          Dimension.STANDARD,
          Dimension.REGION,
          Dimension.SME);

  private FacetFields() {}

  public static FacetsConfig config() {
    FacetsConfig config = new FacetsConfig();
    for (Dimension d : FLAT) {
      config.setMultiValued(d.param(), true);
    }
    config.setMultiValued(IndexFields.LISTING_DIM, true);
    config.setHierarchical(IndexFields.LISTING_DIM, true);
    return config;
  }

  /** The drill-down term of a value of a flat dimension, or of a listing path. */
  public static Term term(String dim, String... path) {
    return DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, dim, path);
  }
}
