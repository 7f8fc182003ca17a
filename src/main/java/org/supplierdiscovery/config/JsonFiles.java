package org.supplierdiscovery.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Strict JSON binding of configuration files: unknown or missing keys are errors naming the key. */
final class JsonFiles {
  private final ObjectMapper json = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
      .build();

  /** For specs whose parts are optional (an analyzer component without params). */
  private final ObjectMapper lenient = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  <T> T bind(Path file, Class<T> type) {
    try {
      return json.readValue(file.toFile(), type);
    } catch (JsonMappingException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
        throw new ConfigException(file + ": " + cause.getMessage(), e);
      }
      throw new ConfigException(file + describe(e), e);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  <T> T bind(Path file, String key, JsonNode node, Class<T> type) {
    try {
      return lenient.treeToValue(node, type);
    } catch (JsonProcessingException e) {
      throw new ConfigException(file + ": " + key + describe(e), e);
    }
  }

  JsonNode readTree(Path file) {
    try {
      return json.readTree(file.toFile());
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Names the key path of a Jackson error, e.g. ": concepts.termWeight: ...". */
  private static String describe(JsonProcessingException e) {
    String path = "";
    if (e instanceof JsonMappingException m) {
      path = m.getPath().stream()
          .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining("."));
    }
    return (path.isEmpty() ? "" : ": " + path) + ": " + e.getOriginalMessage();
  }
}
