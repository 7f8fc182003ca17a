package org.supplierdiscovery.analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.config.IndexConfig;

/**
 * Every way a buyer or a supplier may name a concept, as analysed term sequences: a taxonomy value by
 * its label and the synonyms grouped with it ("rpm", "remote patient monitoring" and "remote
 * monitoring" all name the capability Remote monitoring), and any other synonym group by each of its
 * names ("primary care" and "general practice" are one idea). A need is read with it, and a record's
 * text is marked with it when indexed ({@link ConceptMarkFilter}), so that a concept is searched as
 * one indexed term rather than as every one of its names.
 */
public final class ConceptDictionary {
  /** Starts every concept's indexed term; the tokenizer never emits it, so no word collides. */
  public static final String MARK = "§";

  /**
   * What a name means: a taxonomy value, or (dimension and value null) a synonym group; {@code term}
   * is the concept's indexed term.
   */
  public record Entry(Dimension dimension, String value, String term) {
    public boolean taxonomy() {
      return dimension != null;
    }
  }

  /** "Lot 2 - Cloud software" is also just "Cloud software". */
  private static final Pattern LOT = Pattern.compile("Lot \\d+ - (.+)");
  private static final Pattern PARENTHESES = Pattern.compile("\\(([^)]+)\\)");

  /** Each name's first meaning, the one a need is read with. */
  private final Map<List<String>, Entry> names = new HashMap<>();
  /** Each name, its terms joined by spaces, with every concept it names: what a record is marked with. */
  private final Map<String, List<String>> marks = new HashMap<>();
  /** Every leading part of a name, joined the same way, so a scan stops as soon as no name can follow. */
  private final Set<String> prefixes = new HashSet<>();
  private final int longest;
  private final String fingerprint;

  public ConceptDictionary(IndexConfig config) {
    Analyzer analyzer = config.indexAnalyzer();
    Map<List<String>, List<Entry>> meanings = new LinkedHashMap<>();
    Map<List<String>, Entry> labels = new HashMap<>();
    config.taxonomy().labels().forEach((label, dim) -> {
      Entry entry = new Entry(dim, label, MARK + dim.param() + "/" + label);
      for (String name : names(label)) {
        List<String> terms = Tokens.of(analyzer, "", name);
        labels.putIfAbsent(terms, entry);
        add(meanings, terms, entry);
      }
    });
    for (List<String> group : config.synonymGroups()) {
      Entry entry = group.stream()
          .map(s -> labels.get(Tokens.of(analyzer, "", s)))
          .filter(e -> e != null)
          .findFirst()
          .orElseGet(() -> new Entry(null, null, MARK + "synonyms/" + group.get(0)));
      for (String s : group) {
        add(meanings, Tokens.of(analyzer, "", s), entry);
      }
    }
    meanings.remove(List.<String>of());
    int max = 1;
    for (Map.Entry<List<String>, List<Entry>> e : meanings.entrySet()) {
      names.put(e.getKey(), e.getValue().get(0));
      marks.put(String.join(" ", e.getKey()), terms(e.getValue()));
      for (int len = 1; len <= e.getKey().size(); len++) {
        prefixes.add(String.join(" ", e.getKey().subList(0, len)));
      }
      max = Math.max(max, e.getKey().size());
    }
    this.longest = max;
    StringBuilder signature = new StringBuilder();
    new TreeMap<>(marks).forEach((name, terms) -> signature.append(name).append('=').append(terms).append('\n'));
    this.fingerprint = sha256(signature.toString());
  }

  private static void add(Map<List<String>, List<Entry>> meanings, List<String> terms, Entry entry) {
    List<Entry> entries = meanings.computeIfAbsent(terms, t -> new ArrayList<>());
    if (!entries.contains(entry)) {
      entries.add(entry);
    }
  }

  private static List<String> terms(List<Entry> entries) {
    return entries.stream().map(Entry::term).distinct().toList();
  }

  /**
   * A label and the names inside it: "Internet of Things (IoT)" is also "Internet of Things" and
   * "IoT".
   */
  public static List<String> names(String label) {
    Matcher lot = LOT.matcher(label);
    if (lot.matches()) {
      return List.of(label, lot.group(1));
    }
    Matcher m = PARENTHESES.matcher(label);
    if (!m.find()) {
      return List.of(label);
    }
    String inside = m.group(1);
    String without = m.replaceAll(" ").replaceAll("\\s+", " ").strip();
    return List.of(label, without, inside);
  }

  /** The most terms in any one name. */
  public int longest() {
    return longest;
  }

  /** What the analysed terms name as a need reads them, or null. */
  public Entry lookup(List<String> terms) {
    return names.get(terms);
  }

  /** The indexed terms of every concept the name (terms joined by spaces) names; empty if none. */
  List<String> marks(String name) {
    return marks.getOrDefault(name, List.of());
  }

  /** The indexed terms of every concept the analysed terms name; empty if none. */
  public List<String> marks(List<String> terms) {
    return marks(String.join(" ", terms));
  }

  /** Whether some name starts with these terms (joined by spaces). */
  boolean startsName(String terms) {
    return prefixes.contains(terms);
  }

  /**
   * Changes whenever a name or what it means changes: an index marked with another dictionary is
   * rewritten before it is searched.
   */
  public String fingerprint() {
    return fingerprint;
  }

  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
