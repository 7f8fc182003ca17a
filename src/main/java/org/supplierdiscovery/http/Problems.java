package org.supplierdiscovery.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.supplierdiscovery.admin.InvalidRecordException;
import org.supplierdiscovery.index.ChangeRejectedException;
import org.supplierdiscovery.index.WriteFault;
import org.supplierdiscovery.index.WritesUnavailableException;
import org.supplierdiscovery.records.RecordConflictException;
import org.supplierdiscovery.records.RecordStoreException;
import org.supplierdiscovery.records.SearchIncompleteException;
import org.supplierdiscovery.search.InvalidRequestException;

/** The one place exceptions and error statuses become problem+json responses. */
final class Problems {
  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
  static final String TYPE = "about:blank";

  private Problems() {}

  static void register(RoutesConfig routes) {
    routes.exception(ProblemException.class, (e, ctx) -> send(ctx, e));
    routes.exception(
        InvalidRequestException.class,
        (e, ctx) -> send(ctx, ProblemException.invalid("Invalid request",
            e.problems().stream().map(p -> new Problem.ParameterError(p.name(), p.reason())).toList())));
    routes.exception(
        InvalidRecordException.class,
        (e, ctx) -> send(ctx, ProblemException.invalid("Invalid supplier record",
            e.errors().stream().map(f -> new Problem.ParameterError(f.field(), f.reason())).toList())));
    routes.exception(RecordConflictException.class, (e, ctx) -> send(ctx, new ProblemException(409, title(409),
        e.getMessage(), List.of(new Problem.ParameterError(e.field(), e.getMessage())), Map.of())));
    routes.exception(SearchIncompleteException.class, (e, ctx) -> send(ctx,
        new ProblemException(503, title(503), e.getMessage(), List.of(), Map.of("Retry-After", "1"))));
    routes.exception(WritesUnavailableException.class, (e, ctx) -> send(ctx, writesUnavailable(e.fault())));
    routes.exception(RecordStoreException.class, (e, ctx) -> {
      LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
      send(ctx, recordsUnavailable());
    });
    routes.exception(
        ChangeRejectedException.class,
        (e, ctx) -> send(ctx, ProblemException.invalid("Invalid supplier record",
            List.of(new Problem.ParameterError("id", e.getMessage())))));
    // a last guard: the request checks keep queries far below Lucene's clause limit
    routes.exception(IndexSearcher.TooManyClauses.class, (e, ctx) -> send(ctx, ProblemException.badRequest("q",
        "makes a query of more than " + IndexSearcher.getMaxClauseCount() + " clauses; use fewer words or filters")));
    routes.exception(MethodNotAllowedResponse.class, (e, ctx) -> methodNotAllowed(ctx, e.getDetails()));
    routes.exception(
        HttpResponseException.class,
        (e, ctx) -> send(ctx,
            new ProblemException(e.getStatus(), title(e.getStatus()), e.getMessage(), List.of(), Map.of())));
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
          send(ctx, new ProblemException(500, "Internal error", "The server could not answer this request.", List.of(),
              Map.of()));
        });
    routes.error(404, "*", ctx -> unlessSent(ctx,
        new ProblemException(404, "Not found", "No resource at " + ctx.path(), List.of(), Map.of())));
    routes.error(405, "*", ctx -> unlessSent(ctx, notAllowed(ctx, Map.of())));
    // statuses Javalin sets itself without an exception we map, e.g. 408 when a body stops arriving
    routes.error(408, "*", ctx -> unlessSent(ctx, new ProblemException(408, title(408),
        "The request body did not arrive within " + ApiServer.BODY_DEADLINE_MS / 1000 + " s; send it again.",
        List.of(), Map.of())));
    for (int status : List.of(400, 413, 500, 503)) {
      routes.error(status, "*",
          ctx -> unlessSent(ctx, new ProblemException(status, title(status), title(status), List.of(), Map.of())));
    }
  }

  /** 507 when the disk is full, else 503 with a time to retry; either way the cause is named. */
  static ProblemException writesUnavailable(WriteFault fault) {
    String detail = "Changes cannot be written now (" + fault.cause() + "); nothing of this change was kept."
        + " Searches still answer from the last committed catalogue.";
    List<Problem.ParameterError> errors = List.of(new Problem.ParameterError("index", fault.cause()));
    return fault.kind() == WriteFault.Kind.NO_SPACE
        ? new ProblemException(507, "Insufficient storage", detail, errors, Map.of())
        : new ProblemException(503, "Service unavailable", detail, errors, Map.of("Retry-After", "5"));
  }

  /**
   * The records database failed or cannot be reached (down, restarting, its connection busy past the
   * wait): the request's transaction was rolled back. The cause stays in the log, since it may name hosts.
   */
  static ProblemException recordsUnavailable() {
    return new ProblemException(503, "Service unavailable",
        "The procurement records cannot be reached now; nothing of this request was kept. Try again shortly.",
        List.of(), Map.of("Retry-After", "5"));
  }

  /**
   * Javalin lists every method routed at the path; OPTIONS alone (the CORS preflight on /api/*) does
   * not make a path exist, so that case stays a 404.
   */
  private static void methodNotAllowed(Context ctx, Map<String, String> details) {
    List<String> allowed = details.values().stream()
        .flatMap(v -> Arrays.stream(v.split(",\\s*")))
        .filter(m -> !m.isBlank() && !m.equals("OPTIONS"))
        .toList();
    if (allowed.isEmpty()) {
      send(ctx, new ProblemException(404, "Not found", "No resource at " + ctx.path(), List.of(), Map.of()));
    } else {
      send(ctx, notAllowed(ctx, Map.of("Allow", String.join(", ", allowed))));
    }
  }

  private static ProblemException notAllowed(Context ctx, Map<String, String> headers) {
    String detail = ctx.method() + " is not allowed on " + ctx.path();
    return new ProblemException(405, "Method not allowed", detail, List.of(), headers);
  }

  /**
   * Error handlers run after exception mappers and after handlers that answer with an error status
   * themselves (a failing /health): keep a JSON answer already written, else write this problem.
   */
  private static void unlessSent(Context ctx, ProblemException problem) {
    String sent = ctx.res().getContentType();
    if (sent == null || !(sent.startsWith("application/problem+json") || sent.startsWith("application/json"))) {
      send(ctx, problem);
    }
  }

  static void send(Context ctx, ProblemException e) {
    e.headers().forEach(ctx::header);
    Json.write(ctx, e.status(), Json.PROBLEM,
        new Problem(TYPE, e.title(), e.status(), e.getMessage(), e.errors(), e.moreErrors()));
  }

  static String title(int status) {
    return switch (status) {
      case 400 -> "Invalid request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 408 -> "Request timeout";
      case 409 -> "Conflict";
      case 413 -> "Request body too large";
      case 414 -> "URI too long";
      case 415 -> "Unsupported media type";
      case 431 -> "Request headers too large";
      case 503 -> "Service unavailable";
      default -> status >= 500 ? "Server error" : "Request refused";
    };
  }
}
