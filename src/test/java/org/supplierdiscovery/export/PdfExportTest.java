package org.supplierdiscovery.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

class PdfExportTest {
  @Test
  void showsTheHeaderEveryRowAndTheOutcome() throws Exception {
    byte[] pdf = PdfExport.write(ExportFixtures.record(ExportFixtures.two()));
    assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
    try (PdfReader reader = new PdfReader(pdf)) {
      assertEquals(1, reader.getNumberOfPages());
      // a cell may wrap its text over lines, so line breaks read as spaces
      String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
      for (String expected : new String[]{"Procurement record: Virtual wards 2027", "NHS Example ICB",
          "Catalogue generation", "42", "2026-12-04T10:15:30Z", "Acme Health, Ltd", "bids@acme.example",
          "shortlisted", "No \"FHIR\" support", "Spark DPS (suspended: unpaid fee)",
          "Awarded to Acme Health, GBP 120000.00, 2027-01-01 to 2027-12-31"}) {
        assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
      }
      assertEquals("Procurement record: Virtual wards 2027", reader.getInfo().get("Title"));
    }
  }

  @Test
  void aLongListRunsOverPagesWithTheColumnTitlesOnEach() throws Exception {
    byte[] pdf = PdfExport.write(ExportFixtures.record(ExportFixtures.many(30)));
    try (PdfReader reader = new PdfReader(pdf)) {
      assertTrue(reader.getNumberOfPages() >= 2, "pages: " + reader.getNumberOfPages());
      PdfTextExtractor text = new PdfTextExtractor(reader);
      String last = text.getTextFromPage(reader.getNumberOfPages());
      assertTrue(last.contains("Supplier id"), last);
      assertTrue(last.contains("Supplier number 30"), last);
      assertTrue(last.contains("Outcome:"), last);
    }
  }
}
