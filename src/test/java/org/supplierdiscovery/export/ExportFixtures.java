package org.supplierdiscovery.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

final class ExportFixtures {
  private ExportFixtures() {}

  static ProjectExport record(List<ProjectExport.Row> rows) {
    return new ProjectExport("NHS Example ICB", "Virtual wards 2027", "Spark DPS",
        "2 suppliers for 'virtual ward platform' on Spark DPS", Instant.parse("2026-12-04T10:15:30Z"), 42, rows,
        "Awarded to Acme Health, GBP 120000.00, 2027-01-01 to 2027-12-31", Instant.parse("2026-12-05T09:00:00Z"));
  }

  static List<ProjectExport.Row> two() {
    return List.of(
        new ProjectExport.Row(1, "acme", "Acme Health, Ltd", "shortlisted", "", "bids@acme.example",
            "Spark DPS (active)"),
        new ProjectExport.Row(2, "evil", "=HYPERLINK(\"http://x\")", "excluded", "No \"FHIR\" support\nat all",
            "", "Spark DPS (suspended: unpaid fee)"));
  }

  static List<ProjectExport.Row> many(int n) {
    List<ProjectExport.Row> rows = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      rows.add(new ProjectExport.Row(i, "s" + i, "Supplier number " + i, "excluded",
          "Reason " + i + " written at some length so that the row wraps in its cell", "", "Spark DPS (active)"));
    }
    return rows;
  }
}
