package org.supplierdiscovery.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.config.Taxonomy;

/** Reads typed fields of one JSON record, collecting every error rather than stopping at the first. */
final class Fields {
  private final JsonNode node;
  private final List<FieldError> errors = new ArrayList<>();

  Fields(JsonNode node) {
    this.node = node;
  }

  void error(String field, String reason) {
    errors.add(new FieldError(field, reason));
  }

  boolean hasErrors() {
    return !errors.isEmpty();
  }

  List<FieldError> errors() {
    return errors;
  }

  static String string(JsonNode value) {
    return value != null && value.isTextual() ? value.textValue() : null;
  }

  void unknown(String at, JsonNode object, Set<String> allowed) {
    object
        .fieldNames()
        .forEachRemaining(
            n -> {
              if (!allowed.contains(n)) {
                error(at + "." + n, "unknown field; allowed fields are " + new java.util.TreeSet<>(allowed));
              }
            });
  }

  /** One line of text, kept exactly as sent. */
  String text(String field, boolean required, int maxLength) {
    return text(field, required, maxLength, false);
  }

  /** Text that may run over several lines: line feeds and tabs are allowed, other control characters not. */
  String longText(String field, boolean required, int maxLength) {
    return text(field, required, maxLength, true);
  }

  private String text(String field, boolean required, int maxLength, boolean multiline) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        error(field, "is required");
      }
      return null;
    }
    if (!value.isTextual() || value.textValue().isBlank()) {
      error(field, "must be a non-empty string");
      return null;
    }
    String text = value.textValue();
    if (text.length() > maxLength) {
      error(field, "must be at most " + maxLength + " characters, was " + text.length());
      return null;
    }
    return checked(field, text, multiline);
  }

  /**
   * The text itself when it can be stored exactly as sent, else null with the reason recorded: text
   * is never trimmed or repaired in silence, so what a supplier sent is what buyers see.
   */
  String checked(String field, String text, boolean multiline) {
    String reason = TextRules.problem(text, multiline);
    if (reason != null) {
      error(field, reason);
      return null;
    }
    return text;
  }

  Boolean bool(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isBoolean()) {
      error(field, "must be true or false");
      return null;
    }
    return value.booleanValue();
  }

  Integer count(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber() || value.intValue() < 0) {
      error(field, "must be a whole number of 0 or more");
      return null;
    }
    return value.intValue();
  }

  LocalDate date(String field, JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    LocalDate date = SupplierValidator.parseDate(string(value));
    if (date == null) {
      error(field, "must be a date as YYYY-MM-DD");
    }
    return date;
  }

  /** A list of taxonomy values; a value outside the taxonomy is reported with the allowed ones. */
  List<String> values(String field, Dimension dimension, Taxonomy taxonomy, boolean required) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || (value.isArray() && value.isEmpty())) {
      if (required) {
        error(field, "must list at least one of " + taxonomy.values(dimension));
      }
      return List.of();
    }
    if (!value.isArray()) {
      error(field, "must be a list of values from " + taxonomy.values(dimension));
      return List.of();
    }
    Set<String> values = new LinkedHashSet<>();
    for (int i = 0; i < value.size(); i++) {
      String v = string(value.get(i));
      if (v == null || !taxonomy.allows(dimension, v)) {
        error(
            field + "[" + i + "]",
            (v == null ? "must be a string" : "'" + v + "' is not allowed")
                + "; allowed values are "
                + taxonomy.values(dimension));
      } else {
        values.add(v);
      }
    }
    return List.copyOf(values);
  }
}
