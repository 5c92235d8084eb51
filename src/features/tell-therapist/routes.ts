import type { Feature } from '../../core/http/app';
import { coupleScope, currentUser, type Api, type AppContext } from '../../core/http/context';
import { errorBody, firstNameOf, iso } from '../../core/http/schemas';
import { BadRequest, Conflict } from '../../core/errors';
import { currentLinkOf, therapistScope } from '../../core/therapist-scope';
import { personalScope } from '../../core/viewer';
import { mySafetyAnswers, safetyAnswersInWords, type SafetyAnswers } from '../safety/reads';
import { coupleParam, deskMessagesView, sendBody, sentMessage, tellView, type SentMessage } from './contract';
import { tellCopy } from './copy';

const tags = ['tell-therapist'];

interface MessageRow {
  id: string;
  text: string | null;
  safetyAnswers: SafetyAnswers | null;
  createdAt: Date;
}
const COLUMNS = `id, text, safety_answers as "safetyAnswers", created_at as "createdAt"`;
const asSent = (r: MessageRow): SentMessage => ({ id: r.id, text: r.text, safetyAnswers: r.safetyAnswers && safetyAnswersInWords(r.safetyAnswers), createdAt: iso(r.createdAt) });

/**
 * A partner's private word to their therapist. Nothing here touches anything the other partner's
 * devices read: no couple event (so no seq moves), no feed, no push, no row with the space's id,
 * and no line on the couple's record of looks. The sender reads their own through their personal
 * scope (`$1` is the sender); the therapist through their TherapistScope.
 */
function routes(api: Api, ctx: AppContext): void {
  api.get(
    '/api/tell-therapist',
    {
      config: { access: 'couple' },
      schema: { tags, description: 'My private channel to our therapist: their name, whether I could include my safety check, and what I have sent them. My partner is never told.', response: { 200: tellView } },
    },
    async (request) => {
      const mine = personalScope(ctx.db, request);
      const [link, answers] = await Promise.all([currentLinkOf(coupleScope(ctx, request)), mySafetyAnswers(mine)]);
      const sent = link ? await mine.queryOwn<MessageRow>(`select ${COLUMNS} from therapist_messages where sender_id = $1 and link_id = $2 order by created_at desc, id`, [link.id]) : [];
      return { therapist: link && { name: link.therapistName }, safetyCheckAnswered: answers !== null, sent: sent.map(asSent) };
    },
  );

  api.post(
    '/api/tell-therapist/messages',
    {
      config: { access: 'couple' },
      schema: {
        tags,
        description: 'Send our therapist something privately: my words, a copy of my safety-check answers, or both. My partner is never told, and it goes when the connection ends.',
        body: sendBody,
        response: { 201: sentMessage, 400: errorBody, 409: errorBody },
      },
    },
    async (request, reply) => {
      const { text, includeSafetyCheck } = request.body;
      const mine = personalScope(ctx.db, request);
      const link = await currentLinkOf(coupleScope(ctx, request));
      if (!link) throw new Conflict('no_therapist', tellCopy.noTherapist);
      const answers = includeSafetyCheck ? await mySafetyAnswers(mine) : null;
      if (includeSafetyCheck && !answers) throw new BadRequest('no_safety_check', tellCopy.noSafetyCheck);
      if (!text && !answers) throw new BadRequest('nothing_to_send', tellCopy.nothingToSend);
      const [row] = await mine.queryOwn<MessageRow>(
        `insert into therapist_messages (sender_id, link_id, text, safety_answers) values ($1, $2, $3, $4::jsonb) returning ${COLUMNS}`,
        [link.id, text ?? null, answers && JSON.stringify(answers)],
      );
      return reply.status(201).send(asSent(row!));
    },
  );

  api.get(
    '/api/desk/couples/:coupleId/private-messages',
    {
      config: { access: 'therapist' },
      schema: { tags, description: 'What each partner of this couple told me privately, newest first.', params: coupleParam, response: { 200: deskMessagesView, 404: errorBody } },
    },
    async (request) => {
      const me = currentUser(request);
      const scope = await therapistScope(ctx.db, { userId: me.userId, displayName: me.displayName }, request.params.coupleId);
      // No recordLook here, on purpose: the record of looks is shown to both partners, and a line
      // for reading these would tell the other partner that a private message exists.
      const rows = await ctx.db.query<MessageRow & { senderName: string }>(
        `select m.id, m.text, m.safety_answers as "safetyAnswers", m.created_at as "createdAt", u.display_name as "senderName"
           from therapist_messages m join users u on u.id = m.sender_id where m.link_id = $1 order by m.created_at desc, m.id`,
        [scope.link.id],
      );
      return { messages: rows.map((r) => ({ ...asSent(r), senderFirstName: firstNameOf(r.senderName) })) };
    },
  );
}

export const tellTherapistFeature: Feature = { name: 'tell-therapist', routes };
