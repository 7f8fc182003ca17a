package org.supplierdiscovery.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a catalogue in JSON Lines, one record per line, validating each. A bad line is reported with
 * its number and the reasons; it never stops the lines after it.
 */
public final class CatalogueReader {
  private final ObjectMapper json = StrictJson.MAPPER;
  private final SupplierValidator validator;

  public CatalogueReader(SupplierValidator validator) {
    this.validator = validator;
  }

  /** Validates one line of text; blank lines give {@code null}. */
  public Validation parse(String line) {
    if (line.isBlank()) {
      return null;
    }
    try {
      JsonNode node = json.readTree(line);
      return validator.validate(node);
    } catch (JsonProcessingException e) {
      return Validation.invalid(
          null, List.of(new FieldError("record", "not valid JSON: " + e.getOriginalMessage())));
    }
  }

  /**
   * Reads every line of {@code in}. Each line is decoded as strict UTF-8 on its own, so a line that is
   * not UTF-8 is reported like any other bad record and the lines after it still load.
   */
  public void read(InputStream in, Consumer<CatalogueLine> sink) throws IOException {
    CharsetDecoder utf8 = StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    BufferedInputStream bytes = new BufferedInputStream(in, 1 << 16);
    ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
    long number = 0;
    int b;
    do {
      b = bytes.read();
      if (b != '\n' && b != -1) {
        line.write(b);
        continue;
      }
      if (b == -1 && line.size() == 0) {
        break;
      }
      number++;
      Validation v = decodeAndParse(utf8, line.toByteArray());
      line.reset();
      if (v != null) {
        sink.accept(new CatalogueLine(number, v));
      }
    } while (b != -1);
  }

  private Validation decodeAndParse(CharsetDecoder utf8, byte[] raw) {
    try {
      return parse(utf8.decode(ByteBuffer.wrap(raw)).toString());
    } catch (CharacterCodingException e) {
      return Validation.invalid(
          null, List.of(new FieldError("record", "line is not valid UTF-8")));
    }
  }
}
