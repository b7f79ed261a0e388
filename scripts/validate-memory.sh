#!/usr/bin/env bash
# Measures `thidua validate` on the worst input shapes of at most 8 MB
# (nomination.MaxInput): peak memory (max RSS, from /usr/bin/time -v),
# wall time, exit status and output size, for the JSON output (and the
# text output of the largest). The target is every shape under 300 MB RSS
# and a few seconds.
#
#   scripts/validate-memory.sh [shape ...]   (default: every shape)
#   THIDUA=/path/to/thidua scripts/validate-memory.sh   (another build)
#
# Needs go, python3 and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ -n "${THIDUA:-}" ]; then
  cp "$THIDUA" "$tmp/thidua"
else
  go build -o "$tmp/thidua" ./cmd/thidua
fi

# gen.py SHAPE FILE writes one input of the shape, as close to 8 MB as the
# shape allows (or at the batch count limit when it says so).
cat >"$tmp/gen.py" <<'EOF'
import json, sys
MAX = 8 << 20          # nomination.MaxInput
LIMIT = 100_000        # nomination.MaxNominations
ENTRIES = 10_000       # nomination.MaxEntries
shape, path = sys.argv[1], sys.argv[2]

def batch(items, year=2024, extra=""):
    return '{"unit":"Sở Nội vụ","year":%d,"as_of":"2025-01-10"%s,"nominations":[' % (year, extra) + ",".join(items) + "]}"

def fill(head, item, tail, sep=","):
    # as many copies of item as fit in MAX between head and tail
    k = (MAX - len(head.encode()) - len(tail.encode())) // (len(item.encode()) + len(sep))
    return head + sep.join([item] * k) + tail

def fill_batch(item):
    # nominations item(0), item(1), ... as long as they fit in MAX
    head, tail, out, n = '{"unit":"Sở Nội vụ","year":2024,"as_of":"2025-01-10","nominations":[', "]}", [], 0
    n = len(head.encode()) + len(tail)
    while True:
        x = item(len(out))
        if n + len(x.encode()) + 1 > MAX:
            break
        n += len(x.encode()) + 1
        out.append(x)
    return head + ",".join(out) + tail

tiny = '{"award":"LDTT","subject":{"kind":"individual"}}'
ldtt = '{"award":"LDTT","subject":{"kind":"individual","name":"Nguyễn Văn A"},"ratings":[{"year":2024,"rating":"HTTNV"}],"conferrer":"unit"}'
def person(i):
    return '{"award":"LDTT","subject":{"kind":"individual","name":"Cán bộ %d"},"ratings":[{"year":2024,"rating":"HTTNV"}],"conferrer":"unit"}' % i
head1 = '{"award":"%s","year":2024,"as_of":"2025-01-10","subject":{"kind":"individual","name":"Nguyễn Văn A"},"conferrer":"%s","ratings":[{"year":2024,"rating":"HTXSNV"}],"%s":['

if shape == "empty-objects":          # 8 MB of {} in a batch: over the count limit
    s = fill('{"unit":"U","year":2024,"nominations":[', "{}", "]}")
elif shape == "empty-objects-limit":  # MaxNominations {}: the first is an input error
    s = batch(["{}"] * LIMIT)
elif shape == "duplicates":           # 8 MB of one small nomination: over the count limit
    s = fill('{"unit":"U","year":2024,"nominations":[', tiny, "]}")
elif shape == "duplicates-limit":     # MaxNominations copies of it: all judged, 99 999 duplicates
    s = batch([tiny] * LIMIT)
elif shape == "duplicates-8mb":       # 8 MB of one real nomination (61 000 copies)
    s = fill('{"unit":"U","year":2024,"nominations":[', ldtt, "]}")
elif shape == "distinct-limit":       # MaxNominations distinct people, without facts (duplicate keys)
    s = batch(['{"award":"LDTT","subject":{"kind":"individual","name":"Cán bộ %d"}}' % i for i in range(LIMIT)])
elif shape == "distinct-8mb":         # 8 MB of distinct people with a rating (61 000)
    items, n = [], 200
    while n + len(person(len(items)).encode()) + 1 < MAX:
        n += len(person(len(items)).encode()) + 1
        items.append(person(len(items)))
    s = batch(items)
elif shape == "deep-history":         # one nomination, 8 MB of history: over the entries limit
    s = fill(head1 % ("CSTD_BO_TINH", "ministry_province", "history"), '{"award":"CSTD_CS","year":2020}', "]}")
elif shape == "empty-disciplines":    # one nomination, 8 MB of {} disciplines: over the entries limit
    s = fill(head1 % ("LDTT", "unit", "disciplines"), "{}", "]}")
elif shape == "huge-caps":            # a batch whose caps object fills 8 MB: over the entries limit
    s = fill('{"unit":"U","year":2024,"nominations":[],"caps":{', '"CSTD_CS_00000":0.1', "}}")
elif shape == "chain-history-limit":  # batch of CSTĐ bộ, tỉnh with MaxEntries grassroots titles each (streaks, windows)
    s = fill_batch(lambda i: (head1 % ("CSTD_BO_TINH", "ministry_province", "history"))[:-1] + "[" + ",".join('{"award":"CSTD_CS","year":%d}' % (1945 + j % 156) for j in range(ENTRIES)) + "]}")
elif shape == "unknown-history-limit":  # batch of nominations with MaxEntries unknown codes each: one warning per entry
    s = fill_batch(lambda i: (head1 % ("LDTT", "unit", "history"))[:-1] + "[" + ",".join(['{"award":"X","year":2020}'] * ENTRIES) + "]}")
elif shape == "every-list-limit":     # batch of nominations with MaxEntries entries in every list, most yielding a finding
    def every(i):
        return ('{"award":"HC_LD_3","year":2024,"as_of":"2025-01-10","subject":{"kind":"individual","name":"A%d"},"conferrer":"president",' % i
                + '"history":[' + ",".join(['{"award":"X","year":2020}'] * ENTRIES) + "],"
                + '"ratings":[' + ",".join(['{"year":2019,"rating":"HTTNV"}'] * ENTRIES) + "],"
                + '"initiatives":[' + ",".join(['{"year":2020,"scope":"co_so"}'] * ENTRIES) + "],"
                + '"disciplines":[' + ",".join(["{}"] * ENTRIES) + "],"
                + '"leaves":[' + ",".join(["{}"] * ENTRIES) + "],"
                + '"bloc_results":[' + ",".join(['{"year":2024,"rank":2}'] * ENTRIES) + "]}")
    s = fill_batch(every)
elif shape == "bad-leaves-limit":     # batch of LĐTT with MaxEntries malformed leaves each: one error per entry
    s = fill_batch(lambda i: (head1 % ("LDTT", "unit", "leaves"))[:-1] + "[" + ",".join(['{"kind":"x","from":"","to":""}'] * ENTRIES) + "]}")
elif shape == "long-name":            # one nomination whose subject name is 8 MB
    s = '{"award":"LDTT","year":2024,"subject":{"kind":"individual","name":"' + "A" * (MAX - 200) + '"},"conferrer":"unit"}'
elif shape == "long-names-batch":     # 100 nominations with 80 KB names (duplicate keys hold them)
    s = batch(['{"award":"LDTT","subject":{"kind":"individual","name":"%s"},"conferrer":"unit"}' % (str(i) + "B" * 80000) for i in range(100)])
elif shape == "big-arrays-batch":     # 200 nominations with 40 KB of unknown history each
    items = ['{"award":"LDTT","subject":{"kind":"individual","name":"Cán bộ %d"},"conferrer":"unit","history":[%s]}' % (i, ",".join(['{"award":"X","year":2020}'] * 1500)) for i in range(200)]
    s = batch(items)
elif shape == "deep-nesting":         # 8 MB of nested arrays under nominations
    d = (MAX - 100) // 2
    s = '{"unit":"U","year":2024,"nominations":' + "[" * d + "]" * d + "}"
elif shape == "overflow":             # members.total = 2^62 (was ELIGIBLE for TTLĐXS)
    s = '{"award":"TTLDXS","year":2024,"subject":{"kind":"collective","name":"Phòng A"},"ratings":[{"year":2024,"rating":"HTXSNV"}],"conferrer":"ministry_province","members":{"total":4611686018427387904,"completed":4611686018427387904,"advanced":0,"fighters":1}}'
else:
    sys.exit("unknown shape " + shape)
b = s.encode()
assert len(b) <= MAX, (shape, len(b))
open(path, "wb").write(b)
EOF

shapes=("$@")
if [ ${#shapes[@]} -eq 0 ]; then
  shapes=(empty-objects empty-objects-limit duplicates duplicates-limit duplicates-8mb distinct-limit distinct-8mb deep-history empty-disciplines huge-caps chain-history-limit unknown-history-limit every-list-limit bad-leaves-limit long-name long-names-batch big-arrays-batch deep-nesting overflow)
fi
printf '%-22s %-6s %9s %5s %9s %7s %12s\n' shape format input exit "maxRSS" seconds output
for s in "${shapes[@]}"; do
  python3 "$tmp/gen.py" "$s" "$tmp/in.json"
  formats=(json)
  case $s in duplicates-8mb | every-list-limit) formats=(json text) ;; esac
  for f in "${formats[@]}"; do
    set +e
    /usr/bin/time -v -o "$tmp/time.txt" "$tmp/thidua" validate --format "$f" "$tmp/in.json" 2>"$tmp/err.txt" | wc -c >"$tmp/out.txt"
    code=${PIPESTATUS[0]}
    set -e
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f MB", $2/1024}' "$tmp/time.txt")
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2, p, ":"); t=0; for (i=1; i<=n; i++) t=t*60+p[i]; printf "%.2f", t}' "$tmp/time.txt")
    printf '%-22s %-6s %9d %5d %9s %7s %12d\n' "$s" "$f" "$(stat -c %s "$tmp/in.json")" "$code" "$rss" "$wall" "$(cat "$tmp/out.txt")"
    if [ "$code" = 2 ]; then sed 's/^/    /' "$tmp/err.txt" | cut -c1-160; fi
  done
done
