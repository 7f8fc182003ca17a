package org.supplierdiscovery.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.supplierdiscovery.catalogue.Product;
import org.supplierdiscovery.catalogue.Supplier;
import org.supplierdiscovery.ingest.CatalogueReader;

/**
 * What generated catalogues are drawn from: the sample suppliers as templates (their facet
 * combinations), and their sentences and products grouped by capability, so that generated text
 * keeps the sample's words and their link to the facets.
 */
final class SampleVocabulary {
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])");

  /** A sentence or product from one sample supplier, with that supplier's name to replace. */
  record Borrowed<T>(T value, String ownerName) {}

  private final List<Supplier> templates;
  private final Map<String, List<Borrowed<String>>> sentencesByCapability = new LinkedHashMap<>();
  private final Map<String, List<Borrowed<Product>>> productsByCapability = new LinkedHashMap<>();
  private final Map<String, List<Borrowed<String>>> openingsByCapability = new LinkedHashMap<>();
  private final List<String> nameHeads = new ArrayList<>();
  private final List<String> nameTails = new ArrayList<>();

  SampleVocabulary(List<Supplier> templates) {
    if (templates.isEmpty()) {
      throw new IllegalArgumentException("no sample suppliers to draw from");
    }
    this.templates = List.copyOf(templates);
    for (Supplier s : templates) {
      List<String> text = new ArrayList<>(split(s.summary()));
      if (s.description() != null) {
        text.addAll(split(s.description()));
      }
      for (String capability : s.capabilities().isEmpty() ? List.of("") : s.capabilities()) {
        openingsByCapability
            .computeIfAbsent(capability, k -> new ArrayList<>())
            .add(new Borrowed<>(split(s.summary()).get(0), s.name()));
        List<Borrowed<String>> pool = sentencesByCapability.computeIfAbsent(capability, k -> new ArrayList<>());
        text.forEach(t -> pool.add(new Borrowed<>(t, s.name())));
        List<Borrowed<Product>> products = productsByCapability.computeIfAbsent(capability, k -> new ArrayList<>());
        s.products().forEach(p -> products.add(new Borrowed<>(p, s.name())));
      }
      String[] words = s.name().split(" ");
      nameHeads.add(words[0]);
      if (words.length > 1) {
        nameTails.add(String.join(" ", List.of(words).subList(1, words.length)));
      }
    }
  }

  /** Reads and validates the sample catalogue; any invalid record is an error. */
  static SampleVocabulary read(Path file, CatalogueReader reader) throws IOException {
    List<Supplier> suppliers = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      reader.read(
          in,
          line -> {
            if (!line.validation().isValid()) {
              throw new IllegalArgumentException(file + " line " + line.number() + ": " + line.validation().errors());
            }
            suppliers.add(line.validation().supplier());
          });
    }
    return new SampleVocabulary(suppliers);
  }

  static List<String> split(String text) {
    return List.of(SENTENCE_END.split(text.strip()));
  }

  List<Supplier> templates() {
    return templates;
  }

  List<Borrowed<String>> sentences(String capability) {
    return sentencesByCapability.getOrDefault(capability, List.of());
  }

  List<Borrowed<Product>> products(String capability) {
    return productsByCapability.getOrDefault(capability, List.of());
  }

  /** First sentences of the summaries of sample suppliers with this capability. */
  List<Borrowed<String>> openings(String capability) {
    return openingsByCapability.getOrDefault(capability, List.of());
  }

  List<String> nameHeads() {
    return nameHeads;
  }

  List<String> nameTails() {
    return nameTails;
  }
}
