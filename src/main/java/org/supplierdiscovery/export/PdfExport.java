package org.supplierdiscovery.export;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A procurement record as a PDF on A4 landscape: a title, the header block, the supplier table (its
 * column titles repeated on every page), then the outcome. Built with the standard Helvetica fonts, so
 * nothing is read from the machine it runs on.
 */
public final class PdfExport {
  private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
  private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
  private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);
  private static final float[] WIDTHS = {4, 10, 18, 9, 27, 16, 16};

  private PdfExport() {}

  public static byte[] write(ProjectExport export) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
    PdfWriter.getInstance(doc, out);
    doc.addTitle("Procurement record: " + export.project());
    doc.addCreator("Supplier Discovery");
    doc.open();
    doc.add(new Paragraph("Procurement record: " + export.project(), TITLE));
    doc.add(header(export.header()));
    doc.add(suppliers(export.rows()));
    Paragraph outcome = new Paragraph();
    outcome.setSpacingBefore(12);
    outcome.add(new Phrase("Outcome: ", BOLD));
    outcome.add(new Phrase(export.outcome(), TEXT));
    doc.add(outcome);
    doc.close();
    return out.toByteArray();
  }

  private static PdfPTable header(List<List<String>> lines) {
    PdfPTable table = new PdfPTable(new float[]{1, 5});
    table.setWidthPercentage(100);
    table.setSpacingBefore(10);
    for (List<String> line : lines) {
      table.addCell(cell(line.get(0), BOLD));
      table.addCell(cell(line.get(1), TEXT));
    }
    return table;
  }

  private static PdfPTable suppliers(List<ProjectExport.Row> rows) {
    PdfPTable table = new PdfPTable(WIDTHS);
    table.setWidthPercentage(100);
    table.setSpacingBefore(14);
    table.setHeaderRows(1);
    for (String column : ProjectExport.columns()) {
      table.addCell(cell(column, BOLD));
    }
    for (ProjectExport.Row r : rows) {
      for (String value : List.of(Integer.toString(r.rank()), r.supplierId(), r.name(), r.decision(), r.reason(),
          r.contact(), r.listings())) {
        table.addCell(cell(value, TEXT));
      }
    }
    if (rows.isEmpty()) {
      PdfPCell none = cell("No supplier was frozen.", TEXT);
      none.setColspan(WIDTHS.length);
      table.addCell(none);
    }
    return table;
  }

  private static PdfPCell cell(String text, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setVerticalAlignment(Element.ALIGN_TOP);
    cell.setPadding(4);
    return cell;
  }
}
