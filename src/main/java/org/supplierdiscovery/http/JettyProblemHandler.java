package org.supplierdiscovery.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty raises before a request reaches a route (a malformed URI, oversized headers or URI)
 * answer problem+json like every other error, not Jetty's HTML page, and never with a stack trace.
 */
final class JettyProblemHandler extends ErrorHandler {
  @Override
  protected void generateResponse(
      Request request, Response response, int status, String message, Throwable cause, Callback callback)
      throws IOException {
    byte[] body = body(status, message);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Json.PROBLEM);
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  private static byte[] body(int status, String message) {
    String detail = message == null || message.isBlank() ? Problems.title(status) : message;
    try {
      return Json.MAPPER
          .writeValueAsBytes(new Problem(Problems.TYPE, Problems.title(status), status, detail));
    } catch (IOException e) {
      return ("{\"status\":" + status + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
