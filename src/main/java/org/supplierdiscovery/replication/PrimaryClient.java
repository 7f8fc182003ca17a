package org.supplierdiscovery.replication;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/** A replica's calls to its primary's replication routes, with the JDK's HTTP client. */
public final class PrimaryClient {
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);
  private final URI primary;
  private final String token;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** {@code token} is sent as a bearer token; null sends none. */
  public PrimaryClient(URI primary, String token) {
    this.primary = primary;
    this.token = token;
  }

  public URI primary() {
    return primary;
  }

  /** The primary's current revision. */
  Revision revision() throws IOException {
    return json(call("GET", "/replication/revision", 200), Revision.class);
  }

  /** A session pinning the primary's current revision. */
  Publisher.Opened open() throws IOException {
    return json(call("POST", "/replication/sessions", 201), Publisher.Opened.class);
  }

  /** Writes one file of the session's revision to {@code target}. */
  void download(String session, String name, Path target) throws IOException {
    HttpResponse<InputStream> r = send(request("GET", "/replication/sessions/" + session + "/files/" + name),
        HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream in = r.body()) {
      if (r.statusCode() != 200) {
        throw refused(r.statusCode(), new String(in.readNBytes(2_000), StandardCharsets.UTF_8));
      }
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Ends a session; a failure only leaves it to expire on the primary. */
  void release(String session) {
    try {
      send(request("DELETE", "/replication/sessions/" + session), HttpResponse.BodyHandlers.discarding());
    } catch (IOException stillExpires) {
      // the primary lets the revision go when the session expires
    }
  }

  private byte[] call(String method, String path, int expected) throws IOException {
    HttpResponse<byte[]> r = send(request(method, path), HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != expected) {
      throw refused(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
    }
    return r.body();
  }

  private HttpRequest.Builder request(String method, String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(primary.resolve(path)).timeout(CALL_TIMEOUT)
        .method(method, HttpRequest.BodyPublishers.noBody());
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body)
      throws IOException {
    try {
      return http.send(request.build(), body);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while calling the primary", e);
    }
  }

  private static <T> T json(byte[] body, Class<T> type) throws IOException {
    try {
      return PrimaryRole.MAPPER.readValue(body, type);
    } catch (IOException | IllegalArgumentException e) {
      throw new ReplicationException("the primary's answer is not a revision: " + e.getMessage());
    }
  }

  private ReplicationException refused(int status, String body) {
    String detail = body.length() > 300 ? body.substring(0, 300) + "…" : body;
    return new ReplicationException("the primary at " + primary + " answered " + status + ": " + detail);
  }
}
