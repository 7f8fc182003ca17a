package org.supplierdiscovery.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
    byte[] chunk = new byte[1 << 16];
    byte[] line = new byte[1024];
    int length = 0;
    long number = 0;
    for (int read = in.read(chunk); read != -1; read = in.read(chunk)) {
      int start = 0;
      for (int end = indexOf(chunk, start, read); end != -1; end = indexOf(chunk, start, read)) {
        line = append(line, length, chunk, start, end);
        accept(++number, decodeAndParse(utf8, line, length + end - start), sink);
        length = 0;
        start = end + 1;
      }
      line = append(line, length, chunk, start, read);
      length += read - start;
    }
    if (length > 0) {
      accept(++number, decodeAndParse(utf8, line, length), sink);
    }
  }

  private static int indexOf(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** {@code line} (its first {@code length} bytes kept) with {@code bytes[from, to)} after them. */
  private static byte[] append(byte[] line, int length, byte[] bytes, int from, int to) {
    byte[] out = length + to - from > line.length
        ? Arrays.copyOf(line, Math.max(2 * line.length, length + to - from))
        : line;
    System.arraycopy(bytes, from, out, length, to - from);
    return out;
  }

  private static void accept(long number, Validation v, Consumer<CatalogueLine> sink) {
    if (v != null) {
      sink.accept(new CatalogueLine(number, v));
    }
  }

  private Validation decodeAndParse(CharsetDecoder utf8, byte[] raw, int length) {
    try {
      return parse(utf8.decode(ByteBuffer.wrap(raw, 0, length)).toString());
    } catch (CharacterCodingException e) {
      return Validation.invalid(
          null, List.of(new FieldError("record", "line is not valid UTF-8")));
    }
  }
}
