// Where Open-Meteo's 15-minute data is real. Its docs (open-meteo.com/en/docs, "15-Minutely Parameter
// Definition"): "This data is based on NOAA HRRR model for North America and DWD ICON-D2 and
// Météo-France AROME model for Central Europe. If 15-minutely data is requested for other regions
// data is interpolated from 1-hourly to 15-minutely." The answer does not say which one a place got,
// so the place's coordinates decide, against each model's published domain.
import type { QuarterHourSource } from '../model/model.ts';

type Box = Readonly<{ name: string; south: number; north: number; west: number; east: number }>;

/**
 * The models' grids as latitude/longitude boxes. HRRR's CONUS grid is a Lambert conformal projection
 * (NOAA: 3 km, 1799 x 1059 points, corners about 21.1°N 122.7°W and 47.8°N 60.9°W); the box is the
 * part of it that lies over the contiguous United States and southern Canada. ICON-D2 (DWD: 2.2 km,
 * 43.18°N to 58.08°N, 3.94°W to 20.34°E) and AROME France (Météo-France: 0.01°, 37.5°N to 55.4°N,
 * 12°W to 16°E) are regular latitude/longitude grids. The edges are approximate by design: a place
 * near one gets the benefit of the doubt only inside the box.
 */
const REGIONAL_MODELS: readonly Box[] = [
  { name: 'HRRR', south: 24, north: 50, west: -125, east: -66 },
  { name: 'ICON-D2', south: 43.18, north: 58.08, west: -3.94, east: 20.34 },
  { name: 'AROME France', south: 37.5, north: 55.4, west: -12, east: 16 },
];

/** The regional model that gives this place real 15-minute data, or null when it is interpolated. */
export function regionalModelAt(latitude: number, longitude: number): string | null {
  const box = REGIONAL_MODELS.find((b) => latitude >= b.south && latitude <= b.north && longitude >= b.west && longitude <= b.east);
  return box?.name ?? null;
}

export function quarterHourSourceAt(latitude: number, longitude: number): QuarterHourSource {
  return regionalModelAt(latitude, longitude) === null ? 'interpolated' : 'regional-model';
}
