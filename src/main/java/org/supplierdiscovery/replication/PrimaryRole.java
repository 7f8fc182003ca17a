package org.supplierdiscovery.replication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.IndexInput;
import org.supplierdiscovery.admin.AdminToken;
import org.supplierdiscovery.http.Problem;
import org.supplierdiscovery.http.ProblemException;
import org.supplierdiscovery.http.ServerRole;

/**
 * A server that publishes its commits: replicas read the current revision, open a session that pins
 * it, copy the files they lack and release the session. Every route needs the replication token.
 *
 * <pre>
 * GET    /replication/revision                      the current revision (no session)
 * POST   /replication/sessions                      201 {id, revision}: pins the current revision
 * GET    /replication/sessions/{id}/files/{name}    one file of the session's revision
 * DELETE /replication/sessions/{id}                 204: the revision may be let go
 * </pre>
 */
public final class PrimaryRole implements ServerRole {
  static final String JSON = "application/json; charset=utf-8";
  static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private final Publisher publisher;
  private final ReplicationGuard guard;
  private final Duration generationWait;

  /** Replicas present {@code replication} or {@code admin}; with neither enabled, nothing is published. */
  public PrimaryRole(Publisher publisher, AdminToken replication, AdminToken admin, Duration generationWait) {
    this.publisher = publisher;
    this.guard = new ReplicationGuard(replication, admin);
    this.generationWait = generationWait;
  }

  @Override
  public Duration generationWait() {
    return generationWait;
  }

  @Override
  public void routes(RoutesConfig routes) {
    routes.get("/replication/revision", this::revision);
    routes.post("/replication/sessions", this::open);
    routes.get("/replication/sessions/{id}/files/{name}", this::file);
    routes.delete("/replication/sessions/{id}", this::release);
  }

  @Override
  public boolean health(Map<String, Object> body) {
    body.put("role", "primary");
    body.put("replicationSessions", publisher.sessions());
    return true;
  }

  private void revision(Context ctx) throws JsonProcessingException {
    guard.check(ctx);
    send(ctx, 200, publisher.current());
  }

  private void open(Context ctx) throws JsonProcessingException {
    guard.check(ctx);
    send(ctx, 201, publisher.open());
  }

  private void file(Context ctx) throws IOException {
    guard.check(ctx);
    String name = ctx.pathParam("name");
    String session = ctx.pathParam("id");
    try (IndexInput in = publisher.file(session, name).orElseThrow(() -> notFound(name))) {
      ctx.status(200).contentType("application/octet-stream").header("Content-Length", Long.toString(in.length()));
      OutputStream out = ctx.outputStream();
      byte[] buffer = new byte[64 * 1024];
      for (long left = in.length(); left > 0;) {
        int n = (int) Math.min(buffer.length, left);
        in.readBytes(buffer, 0, n);
        out.write(buffer, 0, n);
        left -= n;
      }
    } finally {
      // a session's expiry counts from the end of its last file, however long that file took to send
      publisher.touch(session);
    }
  }

  private void release(Context ctx) {
    guard.check(ctx);
    if (!publisher.release(ctx.pathParam("id"))) {
      throw notFound(ctx.pathParam("id"));
    }
    ctx.status(204);
  }

  private static void send(Context ctx, int status, Object body) throws JsonProcessingException {
    ctx.status(status).contentType(JSON).result(MAPPER.writeValueAsBytes(body));
  }

  private static ProblemException notFound(String what) {
    String detail = "No replication session holds '" + what + "' (it expired or was released); open a new one.";
    return new ProblemException(404, "Not found", detail, List.of(new Problem.ParameterError("id", detail)),
        Map.of());
  }
}
