package org.supplierdiscovery.replication;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.supplierdiscovery.TestCatalogue;
import org.supplierdiscovery.admin.AdminToken;
import org.supplierdiscovery.admin.CatalogueAdmin;
import org.supplierdiscovery.cli.Engine;
import org.supplierdiscovery.http.ApiServer;
import org.supplierdiscovery.http.ServerSettings;
import org.supplierdiscovery.ingest.SupplierValidator;
import org.supplierdiscovery.records.RecordStore;
import org.supplierdiscovery.search.Suggester;

/**
 * A primary (the six-supplier fixture in memory) and a replica of it (an index directory on disk),
 * each a real server on a free loopback port. The replica copies the primary once at the start; a
 * test then polls it with {@link #sync} or lets it follow on its own.
 */
public final class ReplicaPair implements AutoCloseable {
  public static final String ADMIN = "pair-admin-token-0123456789";
  public static final String REPLICATION = "pair-replication-token-0123456789";
  public static final String FINGERPRINT = "same-config";
  public final TestCatalogue primaryCatalogue;
  public final Publisher publisher;
  public final ApiServer primary;
  public final Follower follower;
  public final Engine replicaEngine;
  public final ApiServer replica;
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  public ReplicaPair(Path replicaIndex, String replicaFingerprint, Duration generationWait) throws Exception {
    primaryCatalogue = TestCatalogue.load(new ByteBuffersDirectory(), TestCatalogue.TINY, Clock.systemUTC());
    publisher = Publisher.of(primaryCatalogue.writer, primaryCatalogue.index.directory(), FINGERPRINT);
    AdminToken admin = AdminToken.of(ADMIN);
    primary = new ApiServer(ServerSettings.defaults(), primaryCatalogue.index, primaryCatalogue.search,
        new Suggester(primaryCatalogue.index, TestCatalogue.config()),
        new CatalogueAdmin(new SupplierValidator(TestCatalogue.config().taxonomy()), primaryCatalogue.writer,
            primaryCatalogue.index),
        admin, RecordStore.inMemory(),
        new PrimaryRole(publisher, AdminToken.of(REPLICATION), admin, generationWait)).start("127.0.0.1", 0);
    follower = new Follower(new PrimaryClient(URI.create("http://127.0.0.1:" + primary.port() + "/"), REPLICATION),
        new RevisionCopier(replicaIndex), replicaFingerprint, Clock.systemUTC());
    follower.syncOnce();
    replicaEngine = Engine.openReadOnly(TestCatalogue.config(), replicaIndex);
    replica = new ApiServer(ServerSettings.defaults(), replicaEngine.index(), replicaEngine.search(),
        new Suggester(replicaEngine.index(), TestCatalogue.config()), null, AdminToken.none(),
        RecordStore.inMemory(), new ReplicaRole(follower, replicaEngine.index(), generationWait))
        .start("127.0.0.1", 0);
  }

  public ReplicaPair(Path replicaIndex) throws Exception {
    this(replicaIndex, FINGERPRINT, Duration.ofSeconds(5));
  }

  /** One poll of the replica: copies the primary's current revision if it is new, and shows it to searches. */
  public void sync() throws IOException {
    follower.syncOnce();
    replicaEngine.index().refresh();
  }

  public URI primaryUri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + primary.port() + pathAndQuery);
  }

  public URI replicaUri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + replica.port() + pathAndQuery);
  }

  public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> get(URI uri) throws Exception {
    return send(HttpRequest.newBuilder(uri));
  }

  /** Adds or replaces a supplier on the primary; returns the generation it was committed in. */
  public long put(String id, String name) throws Exception {
    HttpResponse<String> r = send(putRequest(primaryUri("/api/suppliers/" + id), id, name));
    if (r.statusCode() / 100 != 2) {
      throw new IllegalStateException(r.statusCode() + " " + r.body());
    }
    return json(r).path("generation").asLong();
  }

  public static HttpRequest.Builder putRequest(URI uri, String id, String name) {
    String body = """
        {"id":"%s","name":"%s","summary":"Wearable remote monitoring for frailty.","technologyAreas":["Wearables"],
         "capabilities":["Remote monitoring"],"listings":[{"framework":"Spark DPS","status":"active","since":"2025-01-01"}]}"""
        .formatted(id, name);
    return HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + ADMIN).PUT(HttpRequest.BodyPublishers.ofString(body));
  }

  public static JsonNode json(HttpResponse<String> r) throws IOException {
    return PrimaryRole.MAPPER.readTree(r.body());
  }

  private boolean primaryStopped;

  /** Stops the primary's server (its index stays open), as when its process is gone. */
  public void stopPrimary() {
    primary.stop();
    primaryStopped = true;
  }

  @Override
  public void close() throws IOException {
    follower.close();
    replica.stop();
    replicaEngine.close();
    if (!primaryStopped) {
      primary.stop();
    }
    primaryCatalogue.close();
  }
}
