package corpus

import (
	"slices"
	"strings"
)

// Filler code: plausible functions with nothing sensitive in them, so source
// files have the bulk of real ones and the credentials sit among ordinary
// code, ids, versions and hashes.

var fillerNouns = []string{"order", "invoice", "customer", "payment", "shipment", "refund", "session", "report", "ledger", "cart", "coupon", "review"}

// identNames returns n distinct nouns for generated function names.
func identNames(g *gen, n int) []string {
	names := slices.Clone(fillerNouns)
	shuffle(g, names)
	return names[:min(n, len(names))]
}

func title(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// goFiller appends n Go functions.
func goFiller(g *gen, d *doc, n int) {
	for _, x := range identNames(g, n) {
		X := title(x)
		d.f("\n// %sHandler serves %s requests.\nfunc %sHandler(w http.ResponseWriter, r *http.Request) {\n\tid := r.PathValue(\"id\")\n\tif id == \"\" {\n\t\thttp.Error(w, \"missing id\", http.StatusBadRequest)\n\t\treturn\n\t}\n", X, x, X)
		d.f("\tctx, cancel := context.WithTimeout(r.Context(), %d*time.Second)\n\tdefer cancel()\n\t%s, err := store.Get%s(ctx, id)\n\tif err != nil {\n\t\tlog.Printf(\"get %s %%s: %%v (trace %s)\", id, err)\n\t\thttp.Error(w, \"internal error\", http.StatusInternalServerError)\n\t\treturn\n\t}\n", g.between(2, 30), x, X, x, g.sha(16))
		d.f("\tw.Header().Set(\"Content-Type\", \"application/json\")\n\tw.Header().Set(\"X-Schema-Version\", \"%s\")\n\t_ = json.NewEncoder(w).Encode(%s)\n}\n", g.version(), x)
	}
}

// pyFiller appends n Python functions.
func pyFiller(g *gen, d *doc, n int) {
	for _, x := range identNames(g, n) {
		d.f("\n\ndef load_%ss(since, limit=%d):\n    \"\"\"Return %ss changed since the given timestamp.\"\"\"\n    rows = []\n    cursor = None\n    while True:\n        page = _get('/v2/%ss', params={'since': since.isoformat(), 'cursor': cursor, 'limit': limit})\n",
			x, pick(g, []int{100, 250, 500}), x, x)
		d.f("        rows.extend(page['data'])\n        cursor = page.get('next_cursor')\n        if not cursor:\n            break\n    log.info('loaded %%d %ss (schema %s, run %s)', len(rows))\n    return rows\n", x, g.version(), g.uuid())
	}
}

// jsFiller appends n JavaScript functions.
func jsFiller(g *gen, d *doc, n int) {
	for _, x := range identNames(g, n) {
		X := title(x)
		d.f("\nexport async function fetch%s(id, { signal } = {}) {\n  const res = await fetch(`/api/v1/%ss/${encodeURIComponent(id)}`, { signal, headers: { 'X-Client': 'web/%s' } });\n  if (!res.ok) {\n    throw new Error(`%s ${id}: HTTP ${res.status}`);\n  }\n  const body = await res.json();\n  return { ...body, color: body.color ?? '%s' };\n}\n",
			X, x, g.version(), x, g.hexColor())
	}
}

// javaFiller appends n Java methods (to be placed inside a class).
func javaFiller(g *gen, d *doc, n int) {
	for _, x := range identNames(g, n) {
		X := title(x)
		d.f("\n    /** Loads a %s by id; schema %s. */\n    public static java.util.Optional<String> find%s(Connection c, long id) throws SQLException {\n        try (var ps = c.prepareStatement(\"SELECT payload FROM %ss WHERE id = ?\")) {\n            ps.setLong(1, id);\n            try (var rs = ps.executeQuery()) {\n                return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.empty();\n            }\n        }\n    }\n",
			x, g.version(), X, x)
	}
}
