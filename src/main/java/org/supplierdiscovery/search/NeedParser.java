package org.supplierdiscovery.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the small, safe syntax buyers may use: {@code "quoted phrases"}, {@code -exclude}, {@code
 * +require} and {@code prefix*} (at least three letters). Everything else is plain words: there is
 * no regex, no leading wildcard, no field syntax, and nothing malformed is ever an error.
 */
public final class NeedParser {
  /** A quoted phrase or a single whitespace-delimited token, each with an optional +/- sign. */
  private static final Pattern TOKEN = Pattern.compile("([+-]?)\"([^\"]*)\"|(\\S+)");

  /**
   * Characters that carry meaning in other query syntaxes; here they only separate words. "&" stays:
   * the analyzers read "A&E" as one word, and drop a "&" that stands alone.
   */
  private static final Pattern SYNTAX = Pattern.compile("[\\\\/(){}\\[\\]~^:!|<>=?*\"]");

  private final int minPrefixLength;

  public NeedParser(int minPrefixLength) {
    this.minPrefixLength = minPrefixLength;
  }

  /** How a clause takes part in the search. */
  public enum Occur {
    SHOULD, MUST, MUST_NOT
  }

  /** One piece of the need: words, a phrase or a prefix. */
  public record Clause(String text, boolean phrase, boolean prefix, Occur occur) {}

  public List<Clause> parse(String need) {
    List<Clause> clauses = new ArrayList<>();
    String text = balancedQuotes(need);
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      if (m.group(2) != null) {
        String words = clean(m.group(2));
        if (!words.isEmpty()) {
          clauses.add(new Clause(words, words.contains(" "), false, occur(m.group(1))));
        }
      } else {
        token(m.group(3), clauses);
      }
    }
    return clauses;
  }

  private void token(String raw, List<Clause> clauses) {
    Occur occur = Occur.SHOULD;
    String token = raw;
    if (token.length() > 1 && (token.charAt(0) == '+' || token.charAt(0) == '-')) {
      occur = occur(token.substring(0, 1));
      token = token.substring(1);
    }
    boolean prefix = false;
    if (token.endsWith("*")) {
      String stem = token.replaceAll("\\*+$", "");
      prefix = stem.length() >= minPrefixLength && stem.chars().allMatch(Character::isLetterOrDigit);
      token = stem;
    }
    String words = clean(token);
    if (words.isEmpty()) {
      return;
    }
    clauses.add(new Clause(words, false, prefix && !words.contains(" "), occur));
  }

  private static Occur occur(String sign) {
    return switch (sign) {
      case "+" -> Occur.MUST;
      case "-" -> Occur.MUST_NOT;
      default -> Occur.SHOULD;
    };
  }

  /** An odd quote cannot start a phrase: drop them all and read plain words. */
  private static String balancedQuotes(String need) {
    long quotes = need.chars().filter(c -> c == '"').count();
    return quotes % 2 == 0 ? need : need.replace('"', ' ');
  }

  private static String clean(String text) {
    return SYNTAX.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
  }
}
