// Draws the Mediterranean basemap used behind the cluster map (static/img/mediterranean.svg)
// from Natural Earth's 1:50m land polygons, as published in the world-atlas npm package.
// Run after `npm ci`: node scripts/build_map.mjs
// The bounds and the projection (equirectangular, x scaled by cos of the middle latitude)
// come from clusters/map_bounds.json, which the portal reads to place the clusters.
import { readFileSync, writeFileSync } from "node:fs";
import { feature } from "topojson-client";

const bounds = JSON.parse(readFileSync(new URL("../clusters/map_bounds.json", import.meta.url)));
const topology = JSON.parse(readFileSync(new URL("../node_modules/world-atlas/land-50m.json", import.meta.url)));
const land = feature(topology, topology.objects.land);

const middle = ((bounds.north + bounds.south) / 2) * (Math.PI / 180);
const kx = bounds.width / (bounds.east - bounds.west);
const height = Math.round(((bounds.north - bounds.south) * kx) / Math.cos(middle));
const ky = height / (bounds.north - bounds.south);
const project = ([lon, lat]) => `${Math.round((lon - bounds.west) * kx)},${Math.round((bounds.north - lat) * ky)}`;
const inView = (ring) => ring.some(([lon, lat]) => lon > bounds.west - 5 && lon < bounds.east + 5 && lat > bounds.south - 5 && lat < bounds.north + 5);

const paths = [];
const geometries = land.features ? land.features.map((f) => f.geometry) : [land.geometry];
const polygons = geometries.flatMap((g) => (g.type === "Polygon" ? [g.coordinates] : g.coordinates));
for (const polygon of polygons) {
  for (const ring of polygon) {
    if (ring.length < 4 || !inView(ring)) continue;
    const points = ring.map(project).filter((point, i, all) => i === 0 || point !== all[i - 1]);
    if (points.length >= 3) paths.push("M" + points.join("L") + "Z");
  }
}

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${bounds.width} ${height}" width="${bounds.width}" height="${height}">
<rect width="${bounds.width}" height="${height}" fill="#dbeaf3"/>
<path fill="#f4f1e8" stroke="#a9b7c0" stroke-width="0.8" d="${paths.join("")}"/>
</svg>
`;
writeFileSync(new URL("../static/img/mediterranean.svg", import.meta.url), svg);
console.log(`static/img/mediterranean.svg: ${bounds.width}×${height}, ${paths.length} rings, ${svg.length} bytes`);
