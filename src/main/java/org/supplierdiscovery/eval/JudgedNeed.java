package org.supplierdiscovery.eval;

import java.util.List;
import java.util.Map;

/**
 * A buyer's need with the suppliers judged relevant to it (grade 1-3), its split and its style: {@code catalogue} for
 * needs that mostly use the suppliers' own words (the default when a line has none), {@code buyers} for needs in
 * buyers' own words (lay phrases, acronyms, the outcome wanted) that avoid them.
 */
public record JudgedNeed(
    String id,
    String need,
    Map<String, List<String>> filters,
    String split,
    String style,
    Map<String, Integer> judgments) {
  public static final String CATALOGUE = "catalogue";
  public static final String BUYERS = "buyers";

  public JudgedNeed {
    filters = filters == null ? Map.of() : Map.copyOf(filters);
    style = style == null ? CATALOGUE : style;
    if (!style.equals(CATALOGUE) && !style.equals(BUYERS)) {
      throw new IllegalArgumentException(id + ": style must be " + CATALOGUE + " or " + BUYERS + ", not " + style);
    }
    judgments = Map.copyOf(judgments);
  }

  public boolean heldOut() {
    return "heldout".equals(split);
  }

  public boolean inBuyersWords() {
    return BUYERS.equals(style);
  }
}
