package org.supplierdiscovery.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.supplierdiscovery.catalogue.Listing;
import org.supplierdiscovery.catalogue.ListingStatus;
import org.supplierdiscovery.catalogue.Product;
import org.supplierdiscovery.catalogue.Supplier;
import org.supplierdiscovery.catalogue.SupplierJson;
import org.supplierdiscovery.config.ConfigLoader;
import org.supplierdiscovery.ingest.CatalogueReader;
import org.supplierdiscovery.ingest.SupplierValidator;

/**
 * Makes a catalogue of any size from the sample: each supplier starts from a sample supplier's facet
 * combination, varied, with text recombined from sample sentences of the same capabilities and a
 * name of its own. Supplier {@code i} depends only on the seed and {@code i}.
 */
public final class CatalogueGenerator {
  private static final String[] SYLLABLES = {
      "an", "bel", "cor", "dra", "el", "fen", "gal", "hal", "ir", "jun", "kes", "lor", "mar",
      "nov", "or", "pel", "quin", "ros", "sel", "tor", "ul", "ven", "wyn", "xan", "yor", "zel"
  };
  private static final LocalDate FIRST_LISTING = LocalDate.of(2019, 1, 1);
  private static final LocalDate FIRST_UPDATE = LocalDate.of(2023, 1, 1);

  private final SampleVocabulary sample;
  private final long seed;

  CatalogueGenerator(SampleVocabulary sample, long seed) {
    this.sample = sample;
    this.seed = seed;
  }

  /** {@code java ... CatalogueGenerator --size N --seed S --sample FILE --config DIR --out FILE} */
  public static void main(String[] args) throws IOException {
    BenchArgs a = new BenchArgs(args);
    var config = new ConfigLoader().load(a.path("config", "index-config"));
    var reader = new CatalogueReader(new SupplierValidator(config.taxonomy()));
    SampleVocabulary sample = SampleVocabulary.read(a.path("sample", "sample-data/suppliers.jsonl"), reader);
    CatalogueGenerator generator = new CatalogueGenerator(sample, a.longValue("seed", 42));
    long size = a.longValue("size", 10_000);
    long start = System.nanoTime();
    generator.write(a.path("out", "bench/work/suppliers.jsonl"), size);
    System.out.printf("generated %d suppliers in %.1f s%n", size, (System.nanoTime() - start) / 1e9);
  }

  void write(Path out, long size) throws IOException {
    Files.createDirectories(out.toAbsolutePath().getParent());
    SupplierJson json = new SupplierJson();
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (long i = 0; i < size; i++) {
        w.write(json.toJsonString(supplier(i)));
        w.write('\n');
      }
    }
  }

  Supplier supplier(long i) {
    SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
    Supplier t = pick(rng, sample.templates());
    String head = rng.nextDouble() < 0.5 ? coined(rng) : pick(rng, sample.nameHeads());
    String name = rng.nextDouble() < 0.85 ? head + " " + pick(rng, sample.nameTails()) : head;
    List<String> capabilities = vary(rng, t.capabilities(), pick(rng, sample.templates()).capabilities(), 0.35);
    String slug = slug(name);
    return new Supplier(
        slug + "-" + i,
        name,
        summary(rng, t, name, capabilities),
        description(rng, name, capabilities),
        "https://" + slug + ".example",
        rng.nextDouble() < 0.6,
        pick(rng, sample.templates()).regions(),
        vary(rng, t.technologyAreas(), pick(rng, sample.templates()).technologyAreas(), 0.15),
        capabilities,
        rng.nextDouble() < 0.3 ? pick(rng, sample.templates()).pathways() : t.pathways(),
        rng.nextDouble() < 0.5 ? pick(rng, sample.templates()).standards() : t.standards(),
        listings(rng, t.listings()),
        products(rng, head, capabilities),
        (int) Math.exp(rng.nextDouble() * 6),
        FIRST_UPDATE.plusDays(rng.nextInt(1_000)),
        null); // no contact: generated catalogues stay comparable across benchmark runs
  }

  /** The template's values, sometimes with one swapped for a value from another supplier. */
  private static List<String> vary(SplittableRandom rng, List<String> own, List<String> other, double p) {
    LinkedHashSet<String> values = new LinkedHashSet<>(own);
    if (!other.isEmpty() && rng.nextDouble() < p) {
      if (values.size() > 1) {
        values.remove(pick(rng, own));
      }
      values.add(pick(rng, other));
    }
    return List.copyOf(values);
  }

  private String summary(SplittableRandom rng, Supplier t, String name, List<String> capabilities) {
    var openings = sample.openings(pick(rng, capabilities));
    var opening = openings.isEmpty() ? new SampleVocabulary.Borrowed<>(t.summary(), t.name()) : pick(rng, openings);
    String summary = renamed(opening.value(), opening.ownerName(), name);
    if (rng.nextDouble() < 0.6) {
      String more = summary + " " + sentence(rng, name, capabilities);
      summary = more.length() <= SupplierValidator.MAX_SUMMARY ? more : summary;
    }
    return summary.length() <= SupplierValidator.MAX_SUMMARY ? summary : t.summary();
  }

  private String description(SplittableRandom rng, String name, List<String> capabilities) {
    LinkedHashSet<String> sentences = new LinkedHashSet<>();
    int n = 3 + rng.nextInt(4);
    for (int k = 0; k < n; k++) {
      sentences.add(sentence(rng, name, capabilities));
    }
    return String.join(" ", sentences);
  }

  private String sentence(SplittableRandom rng, String name, List<String> capabilities) {
    String capability = capabilities.isEmpty() ? "" : pick(rng, capabilities);
    var pool = sample.sentences(capability);
    var s = pick(rng, pool.isEmpty() ? sample.sentences(pick(rng, sample.templates()).capabilities().get(0)) : pool);
    return renamed(s.value(), s.ownerName(), name);
  }

  private List<Product> products(SplittableRandom rng, String head, List<String> capabilities) {
    List<Product> products = new ArrayList<>();
    int n = rng.nextInt(4);
    LinkedHashSet<String> names = new LinkedHashSet<>();
    for (int k = 0; k < n && !capabilities.isEmpty(); k++) {
      var pool = sample.products(pick(rng, capabilities));
      if (!pool.isEmpty()) {
        var p = pick(rng, pool);
        String productName = renamed(p.value().name(), p.ownerName(), head);
        if (names.add(productName)) {
          products.add(new Product(productName, p.value().description()));
        }
      }
    }
    return products;
  }

  private static List<Listing> listings(SplittableRandom rng, List<Listing> template) {
    List<Listing> listings = new ArrayList<>();
    for (Listing l : template) {
      ListingStatus status = status(rng);
      listings.add(new Listing(l.framework(), l.lot(), status, FIRST_LISTING.plusDays(rng.nextInt(2_500)),
          reason(status)));
    }
    return listings;
  }

  /** Statuses in the sample's proportions: mostly active. */
  private static ListingStatus status(SplittableRandom rng) {
    double r = rng.nextDouble();
    return r < 0.84
        ? ListingStatus.ACTIVE
        : r < 0.916 ? ListingStatus.SUSPENDED : r < 0.964 ? ListingStatus.EXPIRED : ListingStatus.REMOVED;
  }

  /** A listing that is not active says why; the reason draws nothing, so the catalogue is as before. */
  private static String reason(ListingStatus status) {
    return switch (status) {
      case ACTIVE, EXPIRED -> null;
      case SUSPENDED -> "annual-review";
      case REMOVED -> "withdrawn";
    };
  }

  /** A sample sentence with its supplier's name (and the name's first word) replaced by ours. */
  static String renamed(String text, String ownerName, String newName) {
    String out = text.replace(ownerName, newName);
    String ownerHead = ownerName.split(" ", -1)[0];
    String newHead = newName.split(" ", -1)[0];
    if (ownerHead.length() >= 4) {
      out = out.replace(ownerHead + " ", newHead + " ").replace(ownerHead + "'s", newHead + "'s");
    }
    return out;
  }

  private static String coined(SplittableRandom rng) {
    StringBuilder word = new StringBuilder();
    int n = 2 + rng.nextInt(2);
    for (int k = 0; k < n; k++) {
      word.append(SYLLABLES[rng.nextInt(SYLLABLES.length)]);
    }
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  static String slug(String name) {
    String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return slug.length() > 40 ? slug.substring(0, 40) : slug;
  }

  private static <T> T pick(SplittableRandom rng, List<T> values) {
    return values.get(rng.nextInt(values.size()));
  }
}
