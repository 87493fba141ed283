// Where a web check-in was made, checked against the unit's office: the great-circle distance from the
// office (haversine, on the mean Earth radius) must be within the unit's radius, and the browser's stated
// accuracy within the rule set's bound (a position known only to a kilometre proves nothing). Pure.
import type { AttendanceRuleSet } from './rule-sets';

export interface Position {
  latitude: number;
  longitude: number;
  /** The browser's accuracy radius, metres. */
  accuracy?: number;
}

export interface Office {
  latitude: number;
  longitude: number;
  radiusMeters: number;
}

const EARTH_RADIUS_M = 6_371_008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Metres between two points on the Earth's surface. */
export function distanceMeters(a: Position, b: Position): number {
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

export type PositionCheck =
  | { ok: true; distanceMeters: number }
  | { ok: false; reason: 'position-missing' | 'too-inaccurate' | 'too-far'; distanceMeters?: number };

export function checkPosition(
  office: Office,
  position: Position | undefined,
  rules: AttendanceRuleSet,
): PositionCheck {
  if (!position) return { ok: false, reason: 'position-missing' };
  if (position.accuracy === undefined || position.accuracy > rules.position.maxAccuracyMeters)
    return { ok: false, reason: 'too-inaccurate' };
  const d = Math.round(distanceMeters(office, position));
  return d <= office.radiusMeters
    ? { ok: true, distanceMeters: d }
    : { ok: false, reason: 'too-far', distanceMeters: d };
}
