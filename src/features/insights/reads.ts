/**
 * Insights' server front door: its pure maths, for another feature's server code that reads the
 * same records through their owners' reads (the therapist's desk). Server-only.
 */
export { hoursToRepair, median } from './rhythm';
export { checkInReading, trendOf, type Trend } from './trend';
export { weekWindows } from './rhythm';
