/**
 * The therapist workspace's typed front door (decision 0018): a couple's own therapist connects
 * with each partner's consent, per scope; the desk, the consent screens and the couple's record
 * of looks meet here. Types only for the client (`import type`).
 */
export type { ConsentScope, OwnScope, SharedScope, AccessLogWhat } from '../../core/therapist-scope';
