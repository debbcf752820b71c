// Which of a country's MeteoAlarm warnings concern one place. The feed is per country; each entry
// names its area in words (`cap:areaDesc`), by code (`cap:geocode`: EMMA_ID, NUTS or FIPS) and, from
// some national services, by outline (`cap:polygon`, CAP 1.2 section 3.3: "lat,lon" pairs, first =
// last). Skytray carries no map of the area codes (EMMA_ID and NUTS are not what geocoders return), so
// a warning concerns the place when its outline holds the point, or when one of the areas it names
// ("Central Tayside & Fife": two) is named like the place, its region or its whole country. A
// warning matched by none of these is not shown as the place's: it is counted among the country's
// warnings `elsewhere`, which the window states as such ("2 warnings elsewhere in the United
// Kingdom, not matched to this place"), rather than alarm, or notify, everyone in the country.

export type PlaceForArea = Readonly<{
  name: string;
  region: string | null;
  country: string | null;
  latitude: number;
  longitude: number;
}>;

export type AreaOfEntry = Readonly<{ description: string | null; polygons: readonly string[] }>;

export function concernsPlace(area: AreaOfEntry, place: PlaceForArea): boolean {
  const outlines = area.polygons.map(readPolygon).filter((ring) => ring.length >= 4);
  if (outlines.some((ring) => holds(ring, place.latitude, place.longitude))) return true;
  // An outline that misses the point settles it: the words would only repeat the same area.
  if (outlines.length > 0) return false;
  const described = folded(area.description ?? '');
  if (!described) return false;
  const names = [place.name, place.region, place.country].filter((n): n is string => !!n).map(folded);
  const parts = described.split(/\s*[,;/&+]\s*|\s+(?:-|and)\s+/).filter(Boolean);
  const bare = parts.map(withoutKind);
  return names.some((name) => parts.includes(name) || bare.includes(name) || described === name);
}

/**
 * The Deutscher Wetterdienst names its areas with their administrative kind: "Stadt Frankfurt am
 * Main", "Kreis Ahrweiler", "Landkreis Börde", "Städteregion Aachen", "Region Hannover"; a geocoder
 * names the place alone. Only the whole rest is compared: "Kreis Ahrweiler" is not Bad
 * Neuenahr-Ahrweiler, though the town lies in it, as "Frankfurt" is not Frankfurt am Main. A
 * "Landkreis München" also matches the city it is named after, which it surrounds.
 */
const KIND = /^(?:kreisfreie stadt|freie und hansestadt|hansestadt|stadtkreis|stadteregion|landkreis|stadt|kreis|region) (?=\S)/;
const withoutKind = (part: string): string => part.replace(KIND, '');

/** "Kreis Ahrweiler" and "kreis  ahrweiler", "Île-de-France" and "ile-de-france" name the same area. */
function folded(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Points as [lat, lon]; a pair that is not two numbers makes the outline unusable (empty). */
function readPolygon(text: string): [number, number][] {
  const points = text
    .trim()
    .split(/\s+/)
    .map((pair) => pair.split(',').map(Number));
  if (points.some((p) => p.length !== 2 || p.some((n) => !Number.isFinite(n)))) return [];
  return points as [number, number][];
}

/** Even-odd ray casting: fine for the few hundred kilometres a warning area spans. */
function holds(ring: readonly [number, number][], lat: number, lon: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [latI, lonI] = ring[i] as [number, number];
    const [latJ, lonJ] = ring[j] as [number, number];
    if (latI > lat !== latJ > lat && lon < ((lonJ - lonI) * (lat - latI)) / (latJ - latI) + lonI) inside = !inside;
  }
  return inside;
}
