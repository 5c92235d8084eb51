import { z } from 'zod';

/** Shapes reused by many routes. */
export const errorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
export const idParam = z.object({ id: z.uuid() });
export const isoDate = z.string();
export const noContent = z.null().describe('No content');

export function iso(value: Date | string): string;
export function iso(value: Date | string | null): string | null;
export function iso(value: Date | string | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}
