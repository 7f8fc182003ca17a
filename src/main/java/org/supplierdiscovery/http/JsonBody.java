package org.supplierdiscovery.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import org.supplierdiscovery.ingest.StrictJson;

/**
 * Reads a JSON request body into a record, strictly: unknown or repeated fields, nulls inside lists,
 * wrong types (no "2" for 2, no 1.5 for 1) and trailing text are refused, each with the offending field
 * named by its path, and without Jackson's Java class names in what the client sees.
 */
final class JsonBody {
  private static final ObjectMapper STRICT = StrictJson.MAPPER;

  private JsonBody() {}

  static <T> T read(byte[] body, Class<T> type) {
    T value;
    try {
      value = STRICT.readValue(body, type);
    } catch (UnrecognizedPropertyException e) {
      throw ProblemException.badRequest(path(e), "unknown field; allowed are " + e.getKnownPropertyIds());
    } catch (MismatchedInputException e) {
      String path = path(e);
      throw ProblemException.badRequest(path,
          path.equals("body") ? "must be one JSON object" : "must be " + expected(e.getTargetType()));
    } catch (InputCoercionException e) {
      throw ProblemException.badRequest(currentName(e), "is out of range");
    } catch (StreamReadException e) {
      throw ProblemException.badRequest("body", "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw ProblemException.badRequest("body", "not valid JSON");
    }
    if (value == null) {
      throw ProblemException.badRequest("body", "must be one JSON object");
    }
    return value;
  }

  /** A JSON body read as a tree, for records whose fields the validator checks one by one. */
  static JsonNode tree(String body) {
    try {
      return STRICT.readTree(body);
    } catch (StreamReadException e) {
      throw ProblemException.badRequest("body", "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw ProblemException.badRequest("body", "not valid JSON");
    }
  }

  /** The field's path as the client wrote it, e.g. {@code filters.technologyArea[0]}. */
  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "body" : path.toString();
  }

  private static String currentName(InputCoercionException e) {
    try {
      JsonParser parser = e.getProcessor();
      String name = parser == null ? null : parser.currentName();
      return name == null ? "body" : name;
    } catch (IOException unreadable) {
      return "body";
    }
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "a value of the documented type";
    } else if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    } else if (type == String.class) {
      return "a string";
    } else if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    } else if (Collection.class.isAssignableFrom(type)) {
      return "a list";
    } else if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "an object";
    }
    return "a value of the documented type";
  }
}
