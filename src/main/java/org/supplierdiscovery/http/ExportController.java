package org.supplierdiscovery.http;

import io.javalin.http.Context;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.supplierdiscovery.export.ProjectExports;

/**
 * A project's record as a CSV or PDF download. Each download is an audit event with the file's
 * SHA-256, which the response also carries ({@code Repr-Digest}, RFC 9530) so the copy kept can be
 * matched to its event.
 */
final class ExportController {
  private final ProjectExports exports;
  private final BuyerGuard guard;

  ExportController(ProjectExports exports, BuyerGuard guard) {
    this.exports = exports;
    this.guard = guard;
  }

  void csv(Context ctx) {
    send(ctx, ProjectExports.Format.CSV);
  }

  void pdf(Context ctx) {
    send(ctx, ProjectExports.Format.PDF);
  }

  private void send(Context ctx, ProjectExports.Format format) {
    var actor = Actors.of(ctx, guard);
    Requests.onlyParams(ctx, List.of());
    ProjectExports.File file = exports.export(actor, ctx.pathParam("id"), format)
        .orElseThrow(() -> new ProblemException(404, "Not found", "No project at " + ctx.path(), List.of(), Map.of()));
    ctx.status(200);
    ctx.contentType(file.contentType());
    ctx.header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"");
    ctx.header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(file.sha256()))
        + ":");
    ctx.header("Cache-Control", "no-store");
    ctx.result(file.bytes());
  }
}
