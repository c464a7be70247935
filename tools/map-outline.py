# Usage: python3 tools/map-outline.py <world-atlas package>/countries-50m.json > cml-web/src/main/webapp/resources/cml/england-wales.geojson
# (npm pack world-atlas@2.0.2, ISC licence; its data is Natural Earth, public domain.)
# Makes the map's outline of England and Wales from the world-atlas npm package (Natural Earth, 1:50m):
# the United Kingdom's shape, its islands north of the Scottish border and Northern Ireland left out,
# Great Britain cut along the Anglo-Scottish border (Solway Firth to Berwick), rounded to 3 decimals.
import json, sys
topo = json.load(open(sys.argv[1]))
t = topo["transform"]; sx, sy = t["scale"]; tx, ty = t["translate"]
def arc(i):
    pts, x, y = [], 0, 0
    for dx, dy in topo["arcs"][i if i >= 0 else ~i]:
        x += dx; y += dy
        pts.append((x * sx + tx, y * sy + ty))
    return pts if i >= 0 else pts[::-1]
def ring(arcs):
    pts = []
    for i in arcs:
        a = arc(i)
        pts.extend(a if not pts else a[1:])
    return pts
uk = [g for g in topo["objects"]["countries"]["geometries"] if g.get("properties", {}).get("name") == "United Kingdom"][0]
polys = uk["arcs"] if uk["type"] == "MultiPolygon" else [uk["arcs"]]
# the border, as a line: points south-west of it (England side) are kept
(ax, ay), (bx, by) = (-3.6, 54.9), (-1.9, 55.85)
def side(p):
    return (bx - ax) * (p[1] - ay) - (by - ay) * (p[0] - ax)  # >0: north-west of the line
def clip(points):
    out = []
    for i in range(len(points)):
        cur, prev = points[i], points[i - 1]
        cin, pin = side(cur) <= 0, side(prev) <= 0
        if cin != pin:
            s1, s2 = side(prev), side(cur)
            k = s1 / (s1 - s2)
            out.append((prev[0] + k * (cur[0] - prev[0]), prev[1] + k * (cur[1] - prev[1])))
        if cin:
            out.append(cur)
    return out
kept = []
for poly in polys:
    outer = ring(poly[0])
    lons = [p[0] for p in outer]; lats = [p[1] for p in outer]
    if min(lons) < -5.5 and min(lats) > 53.9:   # Northern Ireland, the Hebrides
        continue
    if min(lats) > 55.0:                        # Scottish islands
        continue
    c = clip(outer)
    if len(c) >= 4:
        r = [[round(x, 3), round(y, 3)] for x, y in c]
        if r[0] != r[-1]:
            r.append(r[0])
        kept.append([r])
print(json.dumps({"type": "Feature", "properties": {"name": "England and Wales",
    "source": "Natural Earth 1:50m via the world-atlas npm package (ISC); cut at the Scottish border"},
    "geometry": {"type": "MultiPolygon", "coordinates": kept}}, separators=(",", ":")))
