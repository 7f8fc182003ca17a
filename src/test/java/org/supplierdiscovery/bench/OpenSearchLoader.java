package org.supplierdiscovery.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.supplierdiscovery.config.ConfigLoader;
import org.supplierdiscovery.ingest.CatalogueReader;
import org.supplierdiscovery.ingest.SupplierValidator;

/**
 * OpenSearch's bulk indexing rate, measured as the engine's load is: from the first document sent to
 * all of them searchable and durable (refresh and flush), with refresh off during the load as
 * OpenSearch's own advice for bulk loads says. The bulk body is prepared before the clock starts.
 */
final class OpenSearchLoader {
  private static final String END = "";
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final URI base;
  private final String index;

  OpenSearchLoader(URI base, String index) {
    this.base = base;
    this.index = index;
  }

  /** {@code --url URL --index NAME --settings FILE --data CATALOGUE --bulk FILE --threads N --batch DOCS --out FILE} */
  public static void main(String[] args) throws Exception {
    BenchArgs a = new BenchArgs(args);
    Path bulk = a.path("bulk", "bench/work/opensearch-bulk.ndjson");
    if (!Files.exists(bulk)) {
      var config = new ConfigLoader().load(a.path("config", "index-config"));
      new OpenSearchDocuments().writeBulk(a.path("data", "bench/work/suppliers.jsonl"),
          new CatalogueReader(new SupplierValidator(config.taxonomy())), bulk);
    }
    OpenSearchLoader loader = new OpenSearchLoader(URI.create(a.required("url")), a.string("index", "suppliers"));
    loader.createIndex(Files.readString(a.path("settings", "bench/opensearch/index.json")));
    long start = System.nanoTime();
    long docs = loader.load(bulk, (int) a.longValue("threads", 2), (int) a.longValue("batch", 1000));
    loader.finish();
    double seconds = (System.nanoTime() - start) / 1e9;
    long count = loader.count();
    if (count != docs) {
      throw new IllegalStateException("sent " + docs + " documents but the index holds " + count);
    }
    String result = String.format("{\"docs\": %d, \"seconds\": %.3f, \"docsPerSecond\": %.1f}%n", docs, seconds,
        docs / seconds);
    Files.writeString(a.path("out", "bench/work/opensearch-load.json"), result);
    System.out.print("[opensearch] bulk load " + result);
  }

  void createIndex(String settings) throws IOException, InterruptedException {
    send(HttpRequest.newBuilder(uri("/" + index)).DELETE(), 404);
    send(json(uri("/" + index)).PUT(HttpRequest.BodyPublishers.ofString(settings)), 0);
    refreshInterval("-1");
  }

  /** Sends the bulk body in batches from {@code threads} connections; returns documents sent. */
  long load(Path bulk, int threads, int batch) throws Exception {
    BlockingQueue<String> queue = new ArrayBlockingQueue<>(threads * 2);
    List<Thread> senders = new ArrayList<>();
    List<Exception> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    for (int t = 0; t < threads; t++) {
      senders.add(Thread.ofPlatform().start(() -> sendBatches(queue, failures)));
    }
    long docs = 0;
    try (BufferedReader in = Files.newBufferedReader(bulk, StandardCharsets.UTF_8)) {
      StringBuilder body = new StringBuilder();
      int inBatch = 0;
      for (String action; (action = in.readLine()) != null;) {
        body.append(action).append('\n').append(in.readLine()).append('\n');
        docs++;
        if (++inBatch == batch) {
          queue.put(body.toString());
          body.setLength(0);
          inBatch = 0;
        }
      }
      if (inBatch > 0) {
        queue.put(body.toString());
      }
    }
    for (int t = 0; t < threads; t++) {
      queue.put(END);
    }
    for (Thread t : senders) {
      t.join();
    }
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
    return docs;
  }

  private void sendBatches(BlockingQueue<String> queue, List<Exception> failures) {
    try {
      for (String body = queue.take(); !body.equals(END); body = queue.take()) {
        HttpRequest.Builder r = HttpRequest.newBuilder(uri("/" + index + "/_bulk")).header("Content-Type",
            "application/x-ndjson");
        String answer = send(r.POST(HttpRequest.BodyPublishers.ofString(body)), 0);
        if (answer.contains("\"errors\":true")) {
          throw new IllegalStateException(
              "bulk request had errors: " + answer.substring(0, Math.min(2000, answer.length())));
        }
      }
    } catch (Exception e) {
      failures.add(e);
      queue.clear();
    }
  }

  /** Refresh back on, then refresh and flush: searchable and durable, as the engine's commit. */
  void finish() throws IOException, InterruptedException {
    refreshInterval("1s");
    send(json(uri("/" + index + "/_refresh")).POST(HttpRequest.BodyPublishers.noBody()), 0);
    send(json(uri("/" + index + "/_flush")).POST(HttpRequest.BodyPublishers.noBody()), 0);
  }

  long count() throws IOException, InterruptedException {
    JsonNode answer = JsonMapper.builder().build()
        .readTree(send(HttpRequest.newBuilder(uri("/" + index + "/_count")).GET(), 0));
    return answer.path("count").asLong();
  }

  private void refreshInterval(String interval) throws IOException, InterruptedException {
    String body = "{\"index\": {\"refresh_interval\": \"" + interval + "\"}}";
    send(json(uri("/" + index + "/_settings")).PUT(HttpRequest.BodyPublishers.ofString(body)), 0);
  }

  private String send(HttpRequest.Builder request, int alsoAccepted) throws IOException, InterruptedException {
    HttpResponse<String> r = client.send(request.timeout(Duration.ofMinutes(5)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() / 100 != 2 && r.statusCode() != alsoAccepted) {
      String body = r.body();
      throw new IOException(r.request().method() + " " + r.uri() + " answered " + r.statusCode() + ": "
          + body.substring(0, Math.min(500, body.length())));
    }
    return r.body();
  }

  private HttpRequest.Builder json(URI uri) {
    return HttpRequest.newBuilder(uri).header("Content-Type", "application/json");
  }

  private URI uri(String path) {
    return base.resolve(path);
  }
}
