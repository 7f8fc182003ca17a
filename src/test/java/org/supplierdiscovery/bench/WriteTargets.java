package org.supplierdiscovery.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.util.QueryBuilder;
import org.supplierdiscovery.cli.Engine;
import org.supplierdiscovery.index.CatalogueWriter;
import org.supplierdiscovery.index.Change;
import org.supplierdiscovery.index.IndexFields;
import org.supplierdiscovery.ingest.Validation;

/** Where the write benchmark sends a changed supplier, and how it asks whether the change shows. */
interface WriteTargets {
  /** Sends one changed record; true once the system acknowledges it. */
  boolean put(String id, String record) throws IOException, InterruptedException;

  /** True when a search for {@code marker} finds supplier {@code id}. */
  boolean visible(String id, String marker) throws IOException, InterruptedException;

  /** The admin API: {@code PUT /api/suppliers/{id}} with a bearer token, then searches over HTTP. */
  record Http(HttpClient client, URI base, String token) implements WriteTargets {
    @Override
    public boolean put(String id, String record) throws IOException, InterruptedException {
      HttpRequest r = HttpRequest.newBuilder(base.resolve("/api/suppliers/" + HttpTargets.encode(id)))
          .timeout(Duration.ofSeconds(30))
          .header("Authorization", "Bearer " + token)
          .header("Content-Type", "application/json")
          .PUT(HttpRequest.BodyPublishers.ofString(record))
          .build();
      int status = client.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status == 404 || status == 405) {
        throw new IllegalStateException("PUT " + r.uri() + " answered " + status + ": is the admin API there?");
      }
      return status / 100 == 2;
    }

    @Override
    public boolean visible(String id, String marker) throws IOException, InterruptedException {
      URI uri = base.resolve("/api/search?q=" + HttpTargets.encode(marker));
      String body = client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
      return body.contains("\"" + id + "\"");
    }
  }

  /** The fallback without the admin API: the engine's own group-commit writer, in this process. */
  final class InProcess implements WriteTargets, AutoCloseable {
    private final Engine engine;
    private final CatalogueWriter writer;
    private final QueryBuilder words;

    InProcess(Engine engine) {
      this.engine = engine;
      this.writer = engine.writer();
      this.words = new QueryBuilder(engine.config().indexAnalyzer());
    }

    @Override
    public boolean put(String id, String record) throws IOException {
      Validation v = engine.reader().parse(record);
      if (!v.isValid()) {
        throw new IllegalStateException("changed record " + id + " is invalid: " + v.errors());
      }
      writer.write(List.of(new Change.Upsert(v.supplier())), "benchmark");
      return true;
    }

    @Override
    public boolean visible(String id, String marker) throws IOException {
      return engine.index()
          .withSearcher(s -> s.count(words.createBooleanQuery(IndexFields.ALL, marker, BooleanClause.Occur.MUST)) > 0);
    }

    @Override
    public void close() {
      writer.close();
    }
  }
}
