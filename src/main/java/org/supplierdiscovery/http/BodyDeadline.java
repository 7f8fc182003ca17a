package org.supplierdiscovery.http;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * A request's body must have arrived within a fixed time of the request's start, or reading it fails
 * and the client gets 408. The idle timeout alone cannot do this: a client trickling one byte a second
 * resets it with every byte and holds its request open for as long as it likes.
 */
final class BodyDeadline extends Handler.Wrapper {
  private final long millis;

  BodyDeadline(long millis) {
    this.millis = millis;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    Scheduler.Task deadline = request.getComponents().getScheduler()
        .schedule(() -> request.fail(new TimeoutException("request body not received within " + millis + " ms")),
            millis, TimeUnit.MILLISECONDS);
    return super.handle(request, response, Callback.from(callback, deadline::cancel));
  }
}
