/**
 * A string field of an event's payload, for code that handles several event types alike
 * (any event naming a map, a repair, a signal): null when this type has no such field.
 */
export function payloadString(payload: object, field: string): string | null {
  const value = (payload as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : null;
}
