package org.supplierdiscovery.http;

import io.prometheus.metrics.config.EscapingScheme;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.supplierdiscovery.semantic.SupplierVectors;

/**
 * Request counts and latency by route, the catalogue's size and the sentence vectors its writes cost,
 * in Prometheus text format.
 */
final class Metrics {
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Counter requests = Counter.builder().name("http_requests_total")
      .help("HTTP requests by route, method and status")
      .labelNames("route", "method", "status").register(registry);
  private final Histogram latency = Histogram.builder().name("http_request_duration_seconds")
      .help("HTTP request latency by route")
      .labelNames("route").classicOnly()
      .classicUpperBounds(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5)
      .register(registry);

  Metrics(LongSupplier documents, LongSupplier generation, LongSupplier indexBytes,
      Supplier<SupplierVectors.Counts> vectors) {
    GaugeWithCallback.builder().name("catalogue_suppliers").help("Suppliers in the catalogue")
        .callback(cb -> cb.call((double) documents.getAsLong())).register(registry);
    GaugeWithCallback.builder().name("catalogue_generation").help("Catalogue generation (commits so far)")
        .callback(cb -> cb.call((double) generation.getAsLong())).register(registry);
    GaugeWithCallback.builder().name("catalogue_index_size_bytes").help("Index size on disk")
        .callback(cb -> cb.call((double) indexBytes.getAsLong())).register(registry);
    CounterWithCallback.builder().name("supplier_vectors")
        .help("Suppliers' sentence vectors written since start-up: embedded, or kept as their text was unchanged")
        .labelNames("source")
        .callback(cb -> {
          SupplierVectors.Counts counts = vectors.get();
          cb.call((double) counts.embedded(), "embedded");
          cb.call((double) counts.kept(), "kept");
        }).register(registry);
  }

  void record(String route, String method, int status, double seconds) {
    requests.labelValues(route, method, Integer.toString(status)).inc();
    latency.labelValues(route).observe(seconds);
  }

  String contentType() {
    return PrometheusTextFormatWriter.CONTENT_TYPE;
  }

  byte[] scrape() {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PrometheusTextFormatWriter.create().write(out, registry.scrape(), EscapingScheme.UNDERSCORE_ESCAPING);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
