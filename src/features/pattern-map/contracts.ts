import type { ContractStatus, Decision } from './contract';

/**
 * An implicit contract's standing, from both partners' marks. It changes only
 * when both agree; retired contracts stay listed as a record of change.
 */

export function contractStatus(marks: Decision[], partners: number): ContractStatus {
  if (marks.includes('renegotiate')) return 'renegotiating';
  if (partners < 2 || marks.length < partners) return 'open';
  if (marks.every((m) => m === 'retire')) return 'retired';
  if (marks.every((m) => m === 'keep')) return 'kept';
  // One keeps, one retires: that is a conversation to have.
  return 'renegotiating';
}
