import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { BadRequest, Conflict, Forbidden, NotFound } from '../../core/errors';
import type { ScopedTx } from '../../core/couple-scope';
import { coupleScope, type Api, type AppContext } from '../../core/http/context';
import { errorBody, idParam, iso } from '../../core/http/schemas';
import type { Feature } from '../../core/http/app';
import { enqueuePush } from '../../core/push/push';
import { sharingPrefsOf } from '../../core/sharing-prefs';
import { ANSWER_KINDS, NEEDS, signalCopy, type AnswerKind, type Need } from './copy';
import { foldsInto } from './moment';
import * as q from './queries';
import { openSignalEpisode } from '../pause/reads';
import { signalChanged, signalEvents, signalList, type SignalChanged, type SignalView } from './contract';


function view(row: q.SignalRow, me: string): SignalView {
  const fromMe = row.senderId === me;
  return {
    id: row.id,
    fromMe,
    need: row.need as Need | null,
    note: row.note,
    createdAt: iso(row.createdAt),
    taps: row.taps,
    lastTappedAt: iso(row.lastTappedAt),
    status: row.seenAt ? 'seen' : row.deliveredAt ? 'delivered' : 'sent',
    deliveredAt: iso(row.deliveredAt),
    seenAt: iso(row.seenAt),
    answer: row.answerKind && row.answeredAt ? { kind: row.answerKind as AnswerKind, text: row.answerText, at: iso(row.answeredAt) } : null,
    putAway: (fromMe ? row.senderPutAwayAt : row.receiverPutAwayAt) !== null,
  };
}

/** A changed signal as of `seq` (see signalChanged in the contract). */
function changed({ row, seq }: { row: q.SignalRow; seq: number }, me: string): SignalChanged {
  return { ...view(row, me), seq };
}

const tags = ['signal'];

/** The couple's signal, or a kind 404; `lock` holds it for the transaction that changes it. */
async function signalOrNotFound(tx: ScopedTx, id: string, lock = false): Promise<q.SignalRow> {
  const signal = await q.findSignal(tx, id, lock);
  if (!signal) throw new NotFound(signalCopy.notFound);
  return signal;
}
const note = z.string().trim().max(280);

function routes(api: Api, ctx: AppContext): void {
  api.post(
    '/api/signals',
    {
      config: { access: 'couple' },
      schema: {
        tags,
        description:
          '"We\'re doing the thing": one tap that reaches the partner at once. Tapping again before the partner answers joins the same signal (no new push). Idempotent by clientId.',
        body: z.object({ clientId: z.uuid(), need: z.enum(NEEDS).nullable().optional(), note: note.nullable().optional() }),
        response: { 201: signalChanged, 200: signalChanged, 409: errorBody },
      },
    },
    async (request, reply) => {
      const scope = coupleScope(ctx, request);
      const tap = { clientId: request.body.clientId, need: request.body.need ?? null, note: request.body.note || null };
      const { created, ...change } = await scope.transaction(async (tx) => {
        // Sent together (PostgreSQL pipelines them, decision 0022); the tap is looked up once the couple row is locked.
        const [partner, latest, retried] = await Promise.all([q.partnerOf(tx, scope.userId), q.lockLatestSignal(tx), q.signalOfTap(tx, tap.clientId)]);
        if (!partner) throw new Conflict('no_partner', signalCopy.noPartner);
        // The couple row is locked: no event can come between, so the seq read now is the one it reflects.
        if (retried) return { row: retried, seq: await tx.seq(), created: false };
        if (latest && foldsInto(latest, scope.userId, Date.now())) {
          const folded = await q.foldTap(tx, latest.id, tap);
          // Calm, not chase: the partner's card updates in place; no second push.
          const { seq } = await tx.append(signalEvents, { type: 'signal.repeated', actorId: scope.userId, payload: { signalId: folded.id, taps: folded.taps } });
          return { row: folded, seq, created: false };
        }
        // The new signal, its episode, its event and the partner's push, sent together: the id is chosen here.
        const signal = { id: randomUUID(), senderId: scope.userId };
        const [fresh, , { seq }] = await Promise.all([
          q.insertSignal(tx, { ...tap, ...signal }),
          openSignalEpisode(tx, signal),
          tx.append(signalEvents, { type: 'signal.sent', actorId: scope.userId, payload: { signalId: signal.id } }),
          enqueuePush(tx, partner, () => ({
            title: signalCopy.pushTitle,
            body: tap.need ? signalCopy.needs[tap.need] : signalCopy.pushBody,
            url: '/',
            tag: 'signal',
          })),
        ]);
        return { row: fresh, seq, created: true };
      });
      reply.status(created ? 201 : 200);
      return changed(change, scope.userId);
    },
  );

  for (const step of ['delivered', 'seen'] as const) {
    api.post(
      `/api/signals/:id/${step}`,
      {
        config: { access: 'couple' },
        schema: {
          tags,
          description: `The partner's device says the signal was ${step}. Repeats change nothing. When the receiver turned "seen" receipts off, nothing is recorded or sent: the sender sees the signal as not opened yet.`,
          params: idParam,
          response: { 200: signalChanged, 403: errorBody, 404: errorBody },
        },
      },
      async (request) => {
        const scope = coupleScope(ctx, request);
        // The open app reports "delivered", so it says when the app was opened as much as "seen" does:
        // with receipts off, neither is kept, and the answer is the same as for a receipt already made.
        const receipts = (await sharingPrefsOf(ctx.db, scope.userId)).seenReceipts;
        const change = await scope.transaction(async (tx) => {
          // Locked, so a repeat that changes nothing reflects the seq read now.
          const signal = await signalOrNotFound(tx, request.params.id, true);
          if (signal.senderId === scope.userId) throw new Forbidden('own_signal', signalCopy.notForYou);
          if (!receipts) return { row: signal, seq: await tx.seq() };
          const marked = await q.markReceived(tx, signal.id, step === 'seen');
          if (!marked) return { row: signal, seq: await tx.seq() };
          const { seq } = await tx.append(signalEvents, { type: `signal.${marked.seenAt ? 'seen' : 'delivered'}`, actorId: scope.userId, payload: { signalId: signal.id } });
          return { row: marked, seq };
        });
        return changed(change, scope.userId);
      },
    );
  }

  api.post(
    '/api/signals/:id/answer',
    {
      config: { access: 'couple' },
      schema: {
        tags,
        description: 'The partner answers a signal once, with a preset or their own words; it reaches the sender at once.',
        params: idParam,
        body: z.object({ kind: z.enum(ANSWER_KINDS), text: note.nullable().optional() }),
        response: { 200: signalChanged, 400: errorBody, 403: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request) => {
      const scope = coupleScope(ctx, request);
      const { kind } = request.body;
      const text = kind === 'own' ? request.body.text || null : null;
      if (kind === 'own' && !text) throw new BadRequest('own_words_needed', signalCopy.ownWordsNeeded);
      const change = await scope.transaction(async (tx) => {
        const signal = await signalOrNotFound(tx, request.params.id, true);
        if (signal.senderId === scope.userId) throw new Forbidden('own_signal', signalCopy.ownAnswer);
        if (signal.answeredAt) {
          // A retried tap with the same answer is fine; a second, different answer is not.
          if (signal.answerKind === kind && signal.answerText === text) return { row: signal, seq: await tx.seq() };
          throw new Conflict('already_answered', signalCopy.alreadyAnswered);
        }
        const answered = await q.answer(tx, signal.id, kind, text);
        const { seq } = await tx.append(signalEvents, { type: 'signal.answered', actorId: scope.userId, payload: { signalId: signal.id, kind } });
        if (signal.senderId) {
          await enqueuePush(tx, signal.senderId, () => ({
            title: signalCopy.pushAnswerTitle,
            body: kind === 'own' ? signalCopy.pushOwnWords : signalCopy.answers[kind],
            url: '/',
            tag: 'signal',
          }));
        }
        return { row: answered, seq };
      });
      return changed(change, scope.userId);
    },
  );

  api.post(
    '/api/signals/:id/put-away',
    {
      config: { access: 'couple' },
      schema: {
        tags,
        description: 'Puts the signal’s card away on this person’s screens. The other person is never told.',
        params: idParam,
        response: { 200: signalChanged, 404: errorBody },
      },
    },
    async (request) => {
      const scope = coupleScope(ctx, request);
      const change = await scope.transaction(async (tx) => {
        const signal = await signalOrNotFound(tx, request.params.id);
        const row = await q.putAway(tx, signal.id, signal.senderId === scope.userId ? 'sender' : 'receiver');
        // No event (the partner is never told), yet the answer says where the view stands: the row
        // is locked by the update, so the seq read now holds every change to it.
        return { row, seq: await tx.seq() };
      });
      return changed(change, scope.userId);
    },
  );

  api.get(
    '/api/signals',
    {
      config: { access: 'couple' },
      schema: {
        tags,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(50).default(10) }),
        response: { 200: signalList },
      },
    },
    async (request) => {
      const scope = coupleScope(ctx, request);
      return scope.readWithSeq(async (tx) => ({ signals: (await q.recentSignals(tx, request.query.limit)).map((r) => view(r, scope.userId)) }));
    },
  );
}

export const signalFeature: Feature = { name: 'signal', routes };
