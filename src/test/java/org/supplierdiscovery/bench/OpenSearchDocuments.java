package org.supplierdiscovery.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.catalogue.Listing;
import org.supplierdiscovery.catalogue.Product;
import org.supplierdiscovery.catalogue.Supplier;
import org.supplierdiscovery.index.IndexFields;
import org.supplierdiscovery.ingest.CatalogueReader;

/**
 * A supplier as an OpenSearch document with the same text fields and facet values as the engine's
 * Lucene document (see {@code bench/opensearch/index.json}); listings as status / framework / lot
 * path keywords, every prefix included, as the engine's hierarchical facet indexes them.
 */
final class OpenSearchDocuments {
  private final ObjectMapper json = JsonMapper.builder().build();

  ObjectNode document(Supplier s) {
    ObjectNode d = json.createObjectNode().put("id", s.id()).put("name", s.name()).put("summary", s.summary());
    if (s.description() != null) {
      d.put("description", s.description());
    }
    ArrayNode products = d.putArray("products");
    for (Product p : s.products()) {
      products.add(p.description() == null ? p.name() : p.name() + ": " + p.description());
    }
    List<String> labels = new ArrayList<>(s.technologyAreas());
    labels.addAll(s.capabilities());
    labels.addAll(s.pathways());
    labels.addAll(s.standards());
    d.put("labels", String.join(". ", labels));
    strings(d, Dimension.TECHNOLOGY_AREA.param(), s.technologyAreas());
    strings(d, Dimension.CAPABILITY.param(), s.capabilities());
    strings(d, Dimension.PATHWAY.param(), s.pathways());
    strings(d, Dimension.STANDARD.param(), s.standards());
    strings(d, Dimension.REGION.param(), s.regions());
    if (s.sme() != null) {
      strings(d, Dimension.SME.param(), List.of(s.sme().toString()));
    }
    strings(d, IndexFields.LISTING_DIM, listingPaths(s.listings()));
    if (s.website() != null) {
      d.put("website", s.website());
    }
    if (s.deployments() != null) {
      d.put("deployments", s.deployments());
    }
    if (s.updated() != null) {
      d.put("updated", s.updated().toString());
    }
    return d;
  }

  static List<String> listingPaths(List<Listing> listings) {
    List<String> paths = new ArrayList<>();
    for (Listing l : listings) {
      String status = l.status().label();
      for (String p : List.of(status, status + "/" + l.framework())) {
        if (!paths.contains(p)) {
          paths.add(p);
        }
      }
      if (l.lot() != null) {
        paths.add(status + "/" + l.framework() + "/" + l.lot());
      }
    }
    return paths;
  }

  private static void strings(ObjectNode d, String field, List<String> values) {
    ArrayNode a = d.putArray(field);
    values.forEach(a::add);
  }

  /** Writes the catalogue as a bulk-request body (action line, document line), ids as in the engine. */
  void writeBulk(Path catalogue, CatalogueReader reader, Path out) throws IOException {
    try (InputStream in = Files.newInputStream(catalogue);
        BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      reader.read(
          in,
          line -> {
            if (!line.validation().isValid()) {
              throw new IllegalArgumentException(
                  catalogue + " line " + line.number() + ": " + line.validation().errors());
            }
            Supplier s = line.validation().supplier();
            try {
              w.write(json.createObjectNode().set("index", json.createObjectNode().put("_id", s.id())).toString());
              w.write('\n');
              w.write(document(s).toString());
              w.write('\n');
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
    }
  }
}
