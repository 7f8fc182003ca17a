package org.supplierdiscovery.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;

/** Writes JSON responses with one shared mapper. */
final class Json {
  static final String JSON = "application/json; charset=utf-8";
  static final String PROBLEM = "application/problem+json; charset=utf-8";
  static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private Json() {}

  static void send(Context ctx, int status, Object body) {
    write(ctx, status, JSON, body);
  }

  static void write(Context ctx, int status, String contentType, Object body) {
    try {
      ctx.status(status).contentType(contentType).result(MAPPER.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("response not serialisable", e);
    }
  }
}
