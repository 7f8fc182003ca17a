package org.supplierdiscovery.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A procurement record as CSV (RFC 4180, CRLF): the header block as label/value lines, a blank line,
 * the supplier table, a blank line, then the outcome. A cell that a spreadsheet would run as a formula
 * (it starts with {@code = + - @}, a tab or a carriage return) is prefixed with an apostrophe.
 */
public final class CsvExport {
  private CsvExport() {}

  public static String write(ProjectExport export) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      for (List<String> line : export.header()) {
        csv.printRecord(safe(line));
      }
      csv.println();
      csv.printRecord(ProjectExport.columns());
      for (ProjectExport.Row row : export.rows()) {
        csv.printRecord(safe(List.of(Integer.toString(row.rank()), row.supplierId(), row.name(), row.decision(),
            row.reason(), row.contact(), row.listings())));
      }
      csv.println();
      csv.printRecord(safe(List.of("Outcome", export.outcome())));
    } catch (IOException e) {
      throw new IllegalStateException("writing to a StringBuilder does not fail", e);
    }
    return out.toString();
  }

  private static List<String> safe(List<String> cells) {
    List<String> out = new ArrayList<>(cells.size());
    for (String cell : cells) {
      out.add(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell);
    }
    return out;
  }
}
