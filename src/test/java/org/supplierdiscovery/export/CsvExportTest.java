package org.supplierdiscovery.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvExportTest {
  @Test
  void writesTheHeaderBlockTheRowsAndTheOutcome() {
    String csv = CsvExport.write(ExportFixtures.record(ExportFixtures.two()));
    assertEquals("""
        Organisation,NHS Example ICB\r
        Project,Virtual wards 2027\r
        Framework,Spark DPS\r
        Search,2 suppliers for 'virtual ward platform' on Spark DPS\r
        Frozen at,2026-12-04T10:15:30Z\r
        Catalogue generation,42\r
        Exported at,2026-12-05T09:00:00Z\r
        \r
        Rank,Supplier id,Supplier,Decision,Reason,Contact,Listings\r
        1,acme,"Acme Health, Ltd",shortlisted,,bids@acme.example,Spark DPS (active)\r
        2,evil,"'=HYPERLINK(""http://x"")",excluded,"No ""FHIR"" support
        at all",,Spark DPS (suspended: unpaid fee)\r
        \r
        Outcome,"Awarded to Acme Health, GBP 120000.00, 2027-01-01 to 2027-12-31"\r
        """, csv);
  }

  @Test
  void aCsvReaderGetsEveryCellBackWhole() throws Exception {
    String csv = CsvExport.write(ExportFixtures.record(ExportFixtures.two()));
    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    CSVRecord evil = records.get(10);
    assertEquals(List.of("2", "evil", "'=HYPERLINK(\"http://x\")", "excluded", "No \"FHIR\" support\nat all", "",
        "Spark DPS (suspended: unpaid fee)"), evil.toList());
  }

  @Test
  void saysWhenNoOutcomeIsRecorded() {
    ProjectExport open = new ProjectExport("Org", "P", null, "s", java.time.Instant.EPOCH, 1, List.of(), null,
        java.time.Instant.EPOCH);
    assertEquals("Outcome,No outcome recorded\r\n", CsvExport.write(open).lines().reduce((a, b) -> b).get() + "\r\n");
  }
}
