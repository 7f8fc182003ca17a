package org.supplierdiscovery.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * An open-loop HTTP load generator that does not suffer coordinated omission (as wrk2): each
 * connection sends at a fixed rate, one request at a time, and a request's latency counts from when
 * the schedule meant to send it, so a stall is charged to every request it delays. With no rate it
 * runs closed-loop (next request as soon as the last is answered) to find peak throughput.
 */
final class LoadGenerator {
  /** One request to send, with the need shape it stands for. */
  record Call(BenchQuery.Shape shape, HttpRequest request) {}

  /** What one phase measured: latencies in microseconds, overall and per need shape. */
  record Result(
      int connections, double offeredRate, double seconds, long completed, long errors,
      Histogram all, Map<BenchQuery.Shape, Histogram> byShape) {
    double throughput() {
      return completed / seconds;
    }
  }

  private static final long HIGHEST_MICROS = 60_000_000L;
  private static final long OVERRUN = 10_000_000_000L;
  private final HttpClient client;

  LoadGenerator(HttpClient client) {
    this.client = client;
  }

  static HttpClient newClient() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  }

  /**
   * Sends {@code calls} round-robin over {@code connections} for {@code warmup} then {@code measure};
   * only the second part is recorded. {@code rate} is the total requests per second, or 0 for
   * closed-loop.
   */
  Result run(List<Call> calls, int connections, double rate, Duration warmup, Duration measure)
      throws InterruptedException {
    long start = System.nanoTime() + 50_000_000L;
    long recordFrom = start + warmup.toNanos();
    long end = recordFrom + measure.toNanos();
    List<Worker> workers = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      long interval = rate > 0 ? (long) (1e9 * connections / rate) : 0;
      Worker w = new Worker(calls, c * calls.size() / connections, start + c * interval / connections, interval,
          recordFrom, end);
      workers.add(w);
      threads.add(Thread.ofPlatform().name("load-" + c).start(w));
    }
    for (Thread t : threads) {
      t.join();
    }
    Histogram all = histogram();
    Map<BenchQuery.Shape, Histogram> byShape = new EnumMap<>(BenchQuery.Shape.class);
    long completed = 0;
    long errors = 0;
    for (Worker w : workers) {
      all.add(w.all);
      w.byShape.forEach((s, h) -> byShape.computeIfAbsent(s, k -> histogram()).add(h));
      completed += w.completed;
      errors += w.errors;
    }
    return new Result(connections, rate, measure.toNanos() / 1e9, completed, errors, all, byShape);
  }

  private static Histogram histogram() {
    return new Histogram(HIGHEST_MICROS, 3);
  }

  /** One connection's schedule: the k-th request is due at first + k * interval. */
  private final class Worker implements Runnable {
    private final List<Call> calls;
    private final long first;
    private final long interval;
    private final long recordFrom;
    private final long end;
    private int next;
    final Histogram all = histogram();
    final Map<BenchQuery.Shape, Histogram> byShape = new EnumMap<>(BenchQuery.Shape.class);
    long completed;
    long errors;

    Worker(List<Call> calls, int offset, long first, long interval, long recordFrom, long end) {
      this.calls = calls;
      this.next = offset;
      this.first = first;
      this.interval = interval;
      this.recordFrom = recordFrom;
      this.end = end;
    }

    @Override
    public void run() {
      long due = first;
      while (due < end) {
        long now = System.nanoTime();
        if (now > end + OVERRUN) {
          return; // hopelessly behind schedule: the phase is bounded in time whatever the server does
        }
        if (due > now) {
          LockSupport.parkNanos(due - now);
          continue;
        }
        // Closed-loop: the request is "due" when it is sent; open-loop: when the schedule says.
        long intended = interval > 0 ? due : now;
        Call call = calls.get(next++ % calls.size());
        boolean ok = send(call.request());
        long done = System.nanoTime();
        if (intended >= recordFrom) {
          record(call.shape(), ok, (done - intended) / 1_000);
        }
        due = interval > 0 ? due + interval : done;
      }
    }

    private void record(BenchQuery.Shape shape, boolean ok, long micros) {
      if (!ok) {
        errors++;
        return;
      }
      completed++;
      long v = Math.min(Math.max(micros, 1), HIGHEST_MICROS);
      all.recordValue(v);
      byShape.computeIfAbsent(shape, k -> histogram()).recordValue(v);
    }

    private boolean send(HttpRequest request) {
      try {
        HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return r.statusCode() / 100 == 2;
      } catch (java.io.IOException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }
}
