package org.supplierdiscovery.durability;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Stands between a replica and its primary and passes every call through, except that once armed it
 * sends only the first half of the next file a replica copies and then holds the connection open:
 * the replica is then, for certain, in the middle of a copy.
 */
final class HoldingProxy implements AutoCloseable {
  private final URI target;
  private final HttpServer server;
  private final HttpClient http = HttpClient.newHttpClient();
  private final AtomicBoolean armed = new AtomicBoolean();
  private final CountDownLatch holding = new CountDownLatch(1);
  private final CountDownLatch released = new CountDownLatch(1);

  HoldingProxy(URI target) throws IOException {
    this.target = target;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", this::pass);
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /** The next file copied through the proxy stops half-way until {@link #close}. */
  void holdNextFile() {
    armed.set(true);
  }

  /** Waits until a copy is held half-way. */
  boolean awaitHolding(long seconds) throws InterruptedException {
    return holding.await(seconds, TimeUnit.SECONDS);
  }

  private void pass(HttpExchange exchange) throws IOException {
    try (exchange) {
      HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().toString()))
          .timeout(Duration.ofSeconds(20))
          .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(
              exchange.getRequestBody().readAllBytes()));
      for (String header : List.of("Authorization", "Content-Type")) {
        String value = exchange.getRequestHeaders().getFirst(header);
        if (value != null) {
          request.header(header, value);
        }
      }
      HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      answer.headers().firstValue("Content-Type").ifPresent(v -> exchange.getResponseHeaders().set("Content-Type", v));
      byte[] body = answer.body();
      boolean hold = exchange.getRequestURI().getPath().contains("/files/") && armed.compareAndSet(true, false);
      exchange.sendResponseHeaders(answer.statusCode(), body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body, 0, hold ? body.length / 2 : body.length);
        if (hold) {
          out.flush();
          holding.countDown();
          released.await();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException clientGone) {
      // the replica was killed mid-answer
    }
  }

  /** Lets a held copy go on (to a replica that may be gone). */
  void release() {
    released.countDown();
  }

  @Override
  public void close() {
    release();
    server.stop(0);
  }
}
