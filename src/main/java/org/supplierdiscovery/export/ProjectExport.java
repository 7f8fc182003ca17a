package org.supplierdiscovery.export;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A procurement record as exported: who and what (the header block), one row per supplier of the
 * frozen list in rank order with its decision and reason, then the outcome. Text only; the exports
 * lay it out and never look anything up.
 */
public record ProjectExport(
    String organisation,
    String project,
    String framework,
    String search,
    Instant frozenAt,
    long generation,
    List<Row> rows,
    String outcome,
    Instant exportedAt) {

  /** One frozen supplier. {@code decision} and {@code reason} are empty until the buyer decides. */
  public record Row(
      int rank, String supplierId, String name, String decision, String reason, String contact, String listings) {
    public Row {
      Objects.requireNonNull(supplierId, "supplierId");
      Objects.requireNonNull(name, "name");
      decision = orEmpty(decision);
      reason = orEmpty(reason);
      contact = orEmpty(contact);
      listings = orEmpty(listings);
    }
  }

  public ProjectExport {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(project, "project");
    framework = orEmpty(framework);
    Objects.requireNonNull(search, "search");
    Objects.requireNonNull(frozenAt, "frozenAt");
    rows = List.copyOf(rows);
    outcome = outcome == null || outcome.isBlank() ? "No outcome recorded" : outcome;
    Objects.requireNonNull(exportedAt, "exportedAt");
  }

  /** The header block as label and value pairs, in the order both exports show them. */
  public List<List<String>> header() {
    return List.of(
        List.of("Organisation", organisation),
        List.of("Project", project),
        List.of("Framework", framework),
        List.of("Search", search),
        List.of("Frozen at", frozenAt.toString()),
        List.of("Catalogue generation", Long.toString(generation)),
        List.of("Exported at", exportedAt.toString()));
  }

  /** The column titles of the supplier rows. */
  public static List<String> columns() {
    return List.of("Rank", "Supplier id", "Supplier", "Decision", "Reason", "Contact", "Listings");
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
