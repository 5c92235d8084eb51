import { z } from 'zod';

/** Shapes reused by many routes. */
export const errorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
export const idParam = z.object({ id: z.uuid() });
export const isoDate = z.string();
export const noContent = z.null().describe('No content');

/**
 * One line a person types, such as a name: trimmed, 1 to `max` characters, with
 * no control characters or broken UTF-16 (PostgreSQL refuses NUL outright and
 * would silently garble a lone surrogate). A pattern, not a refinement, so the
 * rule also shows in the OpenAPI document.
 */
export function singleLine(max: number) {
  return z.string().trim().min(1).max(max).regex(/^[^\p{Cc}\p{Cs}]*$/u, 'no control characters');
}

/**
 * A few lines a person writes (a note, a message): trimmed, 1 to `max` characters, newlines
 * allowed, never NUL or broken UTF-16 (see `singleLine`).
 */
export function someLines(max: number) {
  return z.string().trim().min(1).max(max).regex(/^[^\u0000\p{Cs}]*$/u, 'no NUL or broken characters');
}

/** The first word of a display name, for a line that names a person briefly. */
export function firstNameOf(displayName: string): string {
  return displayName.trim().split(/\s+/)[0] || displayName;
}

export function iso(value: Date | string): string;
export function iso(value: Date | string | null): string | null;
export function iso(value: Date | string | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}
