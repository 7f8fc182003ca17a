# bench/run --replicas: sourced by bench/run after the build, with its functions and settings.
# A primary on a generated catalogue and two read replicas, each its own JVM on 127.0.0.1; then
# ReplicaBenchmark measures replication lag and reads through HAProxy (deploy/haproxy.cfg as shipped) with
# one replica and with two, and ReplicaReport writes the section "Read replicas, N suppliers" of RESULTS.md.
REPLICA_HEAP=1g
PRIMARY_PORT=7170; REPLICA_PORTS=(7171 7172)  # apart from the main run's 7070
HAPROXY="$(command -v haproxy || echo /usr/sbin/haproxy)"
[ -x "$HAPROXY" ] || { echo "bench/run --replicas needs HAProxy (Debian: apt-get install haproxy)" >&2; exit 3; }
case "$poll_interval" in
  *ms) poll_ms="${poll_interval%ms}" ;;
  *s) poll_ms=$(( ${poll_interval%s} * 1000 )) ;;
  *) echo "--poll-interval: e.g. 1s or 250ms, not $poll_interval" >&2; exit 2 ;;
esac
prop heap "$REPLICA_HEAP"; prop poll_interval "$poll_interval"; prop writes "$writes"
prop http_duration "$duration"; prop http_warmup "$warmup"
prop versions "$(sed -n 's/^versions=//p' "$props" | sed 's/, JMH [0-9.]*, OpenSearch [0-9.]*//'), $("$HAPROXY" -v | head -1 | cut -d' ' -f1-3)"

catalogue="$work/suppliers.jsonl"
if [ ! -f "$catalogue" ] || [ "$(cat "$work/.seed" 2>/dev/null)" != "$seed" ] || [ "$(wc -l < "$catalogue")" != "$size" ]; then
  log "generating $size suppliers"
  bench CatalogueGenerator --size "$size" --seed "$seed" --out "$catalogue"
  echo "$seed" > "$work/.seed"
fi
[ -f bench/queries.tsv ] || bench QuerySetGenerator --seed "$QUERY_SEED" --out bench/queries.tsv

log "loading $size suppliers into the primary's index"
rm -rf "$work/primary" "$work/replica-1" "$work/replica-2" "$work/replica-1.incoming" "$work/replica-2.incoming"
run "${JVM[@]}" -Xmx$HEAP -jar "$JAR" index --data "$catalogue" --index "$work/primary" --config "$CONFIG" > "$work/index.log" 2>&1

token="bench-$(date +%s%N)"; replication_token="bench-replication-$(date +%s%N)"
serve() { # serve PORT INDEX [OPTIONS...]: one server in its own JVM, in the background
  local port="$1" index="$2"; shift 2
  echo "${JVM[*]} -Xmx$REPLICA_HEAP -jar ${JAR#"$home/"} serve --host 127.0.0.1 --port $port --index ${index#"$home/"} $*" >> "$commands"
  SUPPLIER_DISCOVERY_ADMIN_TOKEN="$token" SUPPLIER_DISCOVERY_REPLICATION_TOKEN="$replication_token" \
    "${JVM[@]}" -Xmx$REPLICA_HEAP -Dsupplierdiscovery.home="$tree" -jar "$JAR" serve --host 127.0.0.1 --port "$port" \
    --index "$index" --config "$CONFIG" "$@" >> "$work/servers.log" 2>&1 &
  pids+=("$!")
}
until_up() { # until_up URL SECONDS: until the URL answers 2xx
  local until=$(( $(date +%s) + $2 ))
  until curl -sf -o /dev/null "$1"; do
    [ "$(date +%s)" -lt "$until" ] || { echo "no answer from $1 (see $work/servers.log)" >&2; exit 1; }
    sleep 0.1
  done
}
primary="http://127.0.0.1:$PRIMARY_PORT"
log "starting the primary and two replicas"
: > "$work/servers.log"
serve "$PRIMARY_PORT" "$work/primary"
until_up "$primary/health" 120
replica_urls=()
for i in 1 2; do
  port="${REPLICA_PORTS[$((i - 1))]}"
  serve "$port" "$work/replica-$i" --replica-of "$primary/" --poll-interval "$poll_interval"
  replica_urls+=("http://127.0.0.1:$port")
done
for url in "${replica_urls[@]}"; do until_up "$url/health" 180; done

log "replication lag ($writes writes), then reads through HAProxy with one and two replicas"
bench ReplicaBenchmark --primary "$primary" --replicas "$(IFS=,; echo "${replica_urls[*]}")" --token "$token" \
  --data "$catalogue" --writes "$writes" --poll-interval-ms "$poll_ms" --haproxy "$HAPROXY" \
  --haproxy-config deploy/haproxy.cfg --queries bench/queries.tsv --connections 8,32 --warmup "$warmup" \
  --duration "$duration" --fraction 0.6 --log "$work/haproxy.log" --out "$work/replicas.json"
cleanup; pids=()

bench ReplicaReport --work "$work" --out bench/RESULTS.md
log "done: bench/RESULTS.md"
