// Draws the map of Europe used by the home page and the statistics page.
//
//   npm ci --prefix home/map && node home/map/draw_map.mjs
//
// Reads Natural Earth's 1:50m countries (the `world-atlas` package, keyed by ISO 3166-1
// numeric codes), keeps what lies around Europe, projects it in the Lambert azimuthal
// equal-area projection centred on 10°E 52°N (as ETRS89-LAEA, EPSG:3035), clips it to the
// drawing's rectangle (so the Canaries, the Azores, Svalbard and French Guiana fall away
// while Malta, Cyprus and Iceland stay), simplifies it and writes `europe_map.json` beside
// this script: the viewBox, one path per host country keyed by ISO alpha-2 with its area in
// square pixels and a point for its count, and one path of the neighbouring land for context. The JSON is committed, so
// the site itself never needs Node (`home/europe_map.py` reads it).
import {readFileSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {geoArea, geoAzimuthalEqualArea, geoCentroid, geoPath} from "d3-geo";
import {feature, merge} from "topojson-client";
import {presimplify, simplify} from "topojson-simplify";

const here = dirname(fileURLToPath(import.meta.url));
const WIDTH = 1000;
const PADDING = 8;

// ISO 3166-1 numeric -> alpha-2 of the host-country vocabulary (home/vocabularies.py COUNTRIES).
// A code added to the vocabulary needs its line here, then a new drawing.
const HOSTS = {
  "040": "AT", "056": "BE", "100": "BG", "191": "HR", "196": "CY", "203": "CZ", "208": "DK",
  "233": "EE", "246": "FI", "250": "FR", "276": "DE", "300": "GR", "348": "HU", "352": "IS",
  "372": "IE", "380": "IT", "428": "LV", "438": "LI", "440": "LT", "442": "LU", "470": "MT",
  "528": "NL", "807": "MK", "578": "NO", "616": "PL", "620": "PT", "642": "RO", "688": "RS",
  "703": "SK", "705": "SI", "724": "ES", "752": "SE", "792": "TR",
};
// Parts Natural Earth draws as features of their own, folded into their country.
const FOLDED = {"248": "246"}; // Åland -> Finland
// Features whose bounds wrap around the antimeridian, kept for context anyway.
const ALWAYS = new Set(["643"]); // Russia

// Where a country's count is written (longitude, latitude), where the centre of its largest
// polygon falls badly (outside it, or on a neighbour's label).
const LABEL_AT = {
  HR: [15.6, 45.55], NO: [9.6, 61.4], SE: [15.0, 62.5], FI: [26.0, 62.8], GR: [22.0, 39.6],
  DK: [9.1, 56.1], IT: [12.6, 43.0], NL: [5.7, 52.4], BE: [4.6, 50.6], PT: [-8.0, 39.6],
  HU: [19.4, 47.1], RS: [20.8, 44.1], CY: [33.1, 35.0], MT: [14.4, 35.9],
};
// The extent to fit: Iceland's west coast, Cape St Vincent, below Malta and Crete, Cyprus,
// eastern Türkiye, the North Cape.
const EXTENT = {
  type: "MultiPoint",
  coordinates: [[-24.5, 66.5], [-9.5, 36.0], [14.5, 35.2], [24.0, 34.3], [34.6, 35.0], [44.8, 39.5], [27.0, 71.2], [44.8, 41.5], [-10.5, 54.0]],
};

const topology = JSON.parse(readFileSync(join(here, "node_modules/world-atlas/countries-50m.json"), "utf8"));

const projection = geoAzimuthalEqualArea().rotate([-10, -52]);
projection.fitWidth(WIDTH - 2 * PADDING, EXTENT);
const [[, y0], [, y1]] = geoPath(projection).bounds(EXTENT);
const HEIGHT = Math.ceil(y1 - y0 + 2 * PADDING);
const [tx, ty] = projection.translate();
projection.translate([tx + PADDING, ty - y0 + PADDING]).clipExtent([[0, 0], [WIDTH, HEIGHT]]);

// Detail smaller than DETAIL square pixels is dropped (Visvalingam's effective area, in square
// degrees of the topology; borders stay shared between neighbours).
const DETAIL = 3;
const pixel = 1 / projection.scale(); // one pixel in radians near the centre
const degree = (180 / Math.PI) * pixel; // and in degrees
const simple = simplify(presimplify(topology), DETAIL * degree * degree);
const geometries = simple.objects.countries.geometries;

function keep(geometry) {
  const f = feature(simple, geometry);
  if (ALWAYS.has(geometry.id)) return true;
  return !geoPath(projection).bounds(f).flat().some((v) => !Number.isFinite(v)) && geoPath(projection)(f) !== null;
}

// A country's small islands (under two square pixels) are dropped, except its largest polygon.
function withoutSpecks(f) {
  if (f.geometry.type !== "MultiPolygon") return f;
  const polygons = f.geometry.coordinates.map((c) => ({type: "Polygon", coordinates: c}));
  const areas = polygons.map((p) => geoArea(p));
  const largest = Math.max(...areas);
  const minArea = 2 * pixel * pixel;
  const kept = f.geometry.coordinates.filter((_, i) => areas[i] === largest || areas[i] >= minArea);
  return {...f, geometry: {type: "MultiPolygon", coordinates: kept}};
}

function largestPolygon(f) {
  if (f.geometry.type !== "MultiPolygon") return f;
  const polygons = f.geometry.coordinates.map((c) => ({type: "Polygon", coordinates: c}));
  return polygons.reduce((a, b) => (geoArea(a) >= geoArea(b) ? a : b));
}

const path = geoPath(projection).digits(0); // whole pixels of a 1000-pixel-wide drawing
const round = (v) => Math.round(v);
const countries = [];
const context = [];
const folded = new Set(Object.keys(FOLDED));

for (const geometry of geometries) {
  if (folded.has(geometry.id)) continue;
  const parts = [geometry, ...geometries.filter((g) => geometry.id && FOLDED[g.id] === geometry.id)];
  const f = withoutSpecks(
    parts.length > 1
      ? {type: "Feature", id: geometry.id, properties: geometry.properties, geometry: merge(simple, parts)}
      : feature(simple, geometry),
  );
  const d = path(f);
  if (!d) continue;
  const code = HOSTS[geometry.id];
  if (code) {
    const at = projection(LABEL_AT[code] || geoCentroid(largestPolygon(f)));
    countries.push({code, name: geometry.properties.name, area: Math.round(geoPath(projection).area(f)), label: at.map(round), d});
  } else if (keep(geometry)) {
    context.push(d);
  }
}

countries.sort((a, b) => a.code.localeCompare(b.code));
const missing = Object.values(HOSTS).filter((code) => !countries.some((c) => c.code === code));
if (missing.length) throw new Error(`no shape drawn for ${missing.join(", ")}`);

const out = {
  about:
    "Drawn by home/map/draw_map.mjs from Natural Earth 1:50m (world-atlas 2.0.2, public domain); " +
    "Lambert azimuthal equal-area centred on 10°E 52°N. Do not edit by hand: redraw.",
  viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
  width: WIDTH,
  height: HEIGHT,
  countries,
  context: context.join(""),
};
const file = join(here, "europe_map.json");
writeFileSync(file, JSON.stringify(out, null, 1) + "\n");
const size = JSON.stringify(out).length;
console.log(`${file}: ${countries.length} host countries, ${context.length} neighbours, ${WIDTH}x${HEIGHT}, ${size} bytes`);
