import { z } from 'zod';
import { someLines } from '../../core/http/schemas';

/**
 * "Tell my therapist privately" (issue 15): a partner's private word to their connected therapist,
 * and/or their own safety-check answers. The other partner never learns it exists: no couple event,
 * no feed, no push, no count, no line on the couple's record of looks. The front door; the client
 * takes types only.
 */

// ── what a partner sends ──
export const sendBody = z
  .object({
    /** A few lines of my own words; optional when I include my safety-check answers. */
    text: someLines(4000).optional(),
    /** Include a copy of my safety-check answers as they are now. */
    includeSafetyCheck: z.boolean().default(false),
  })
  .strict();

// ── views ──
const inWords = z.array(z.object({ question: z.string(), answer: z.string() }));
export const sentMessage = z.object({ id: z.uuid(), text: z.string().nullable(), safetyAnswers: inWords.nullable(), createdAt: z.string() });

/** My page: who my therapist is (null when none is connected), whether I have a safety check to include, and what I sent. */
export const tellView = z.object({
  therapist: z.object({ name: z.string() }).nullable(),
  safetyCheckAnswered: z.boolean(),
  sent: z.array(sentMessage),
});

/** What the therapist reads: the sender's first name, when, the words and the answers in plain words. */
export const deskMessagesView = z.object({
  messages: z.array(sentMessage.extend({ senderFirstName: z.string() })),
});
export const coupleParam = z.object({ coupleId: z.uuid() });

export type SendBody = z.input<typeof sendBody>;
export type SentMessage = z.infer<typeof sentMessage>;
export type TellView = z.infer<typeof tellView>;
export type DeskMessagesView = z.infer<typeof deskMessagesView>;
