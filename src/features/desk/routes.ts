import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import { currentUser, type Api, type AppContext } from '../../core/http/context';
import type { Feature } from '../../core/http/app';
import { NotFound } from '../../core/errors';
import { errorBody, noContent } from '../../core/http/schemas';
import { recordLooks } from '../../core/therapist-scope';
import { sharedMaps } from '../pattern-map/reads';
import { revealedConversations } from '../repair/reads';
import {
  coupleOverview,
  coupleParams,
  deskConversations,
  deskMapView,
  deskView,
  newNoteBody,
  noteEditBody,
  noteList,
  noteParams,
  notesQuery,
  noteView,
  prepView,
  sessionsBody,
  sessionsView,
  timeZoneQuery,
} from './contract';
import { coupleLabel, deskCouples, overviewOf, overviewsOf, type Therapist } from './overview';
import { deleteNote, insertNote, listNotes, notesAsText, updateNote } from './notes';

const tags = ['desk'];
const therapist = { access: 'therapist' as const };
const me = (request: FastifyRequest): Therapist => {
  const { userId, displayName } = currentUser(request);
  return { userId, displayName };
};
const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * The therapist's desk (decision 0018): their couples and what each chose to share, session dates,
 * and private session notes. Every look at a couple's records goes on that couple's record.
 */
export const deskFeature: Feature = {
  name: 'desk',
  routes(api: Api, ctx: AppContext) {
    /** One couple the therapist is connected to now (404 otherwise), with its consent in force. */
    const oneCouple = async (request: FastifyRequest, coupleId: string) => (await deskCouples(ctx.db, me(request), coupleId))[0]!;

    api.get(
      '/api/desk',
      {
        config: therapist,
        schema: {
          tags,
          description:
            'Every couple connected to me now: names, session dates, and what changed since the last session (or since connecting), only in what the couple shares with me. Puts a look on each couple’s record.',
          querystring: timeZoneQuery,
          response: { 200: deskView, 400: errorBody, 403: errorBody },
        },
      },
      async (request) => {
        const couples = await deskCouples(ctx.db, me(request));
        const at = ctx.now();
        const overviews = await overviewsOf(ctx.db, couples, at, request.query.tz);
        await recordLooks(
          ctx.db,
          couples.map((c) => c.scope),
          'overview',
        );
        return { couples: overviews };
      },
    );

    api.get(
      '/api/desk/couples/:coupleId',
      {
        config: therapist,
        schema: {
          tags,
          description: 'One connected couple’s overview, as on the desk. Puts a look on their record.',
          params: coupleParams,
          querystring: timeZoneQuery,
          response: { 200: coupleOverview, 400: errorBody, 403: errorBody, 404: errorBody },
        },
      },
      async (request) => {
        const couple = await oneCouple(request, request.params.coupleId);
        const overview = await overviewOf(ctx.db, couple, ctx.now(), request.query.tz);
        await couple.scope.recordLook('overview');
        return overview;
      },
    );

    api.get(
      '/api/desk/couples/:coupleId/map',
      {
        config: therapist,
        schema: {
          tags,
          description: 'The couple’s pattern map as the two see it together (shared sides, comments, shared said-and-meant), when both share the map with me. Puts a look on their record.',
          params: coupleParams,
          response: { 200: deskMapView, 400: errorBody, 403: errorBody, 404: errorBody },
        },
      },
      async (request) => {
        const { scope, partners } = await oneCouple(request, request.params.coupleId);
        const { maps, saidAndMeant } = await sharedMaps(scope.shared('map'));
        await scope.recordLook('map');
        return { partners, maps: maps.map((m) => ({ ...m, comments: m.comments.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })) })), saidAndMeant };
      },
    );

    api.get(
      '/api/desk/couples/:coupleId/conversations',
      {
        config: therapist,
        schema: {
          tags,
          description:
            'The repair conversations both partners chose to show me, with their answers once revealed to each other (never drafts). Puts a look on their record when it shows any words.',
          params: coupleParams,
          response: { 200: deskConversations, 400: errorBody, 404: errorBody },
        },
      },
      async (request) => {
        const { scope, partners } = await oneCouple(request, request.params.coupleId);
        const { ruptureIds, reader } = scope.conversations();
        const conversations = await revealedConversations(reader, ruptureIds);
        if (conversations.some((c) => c.answers.length > 0)) await scope.recordLook('conversation');
        return {
          partners,
          conversations: conversations.map((c) => ({ ...c, createdAt: c.createdAt.toISOString(), revealedAt: c.revealedAt?.toISOString() ?? null })),
        };
      },
    );

    api.get(
      '/api/desk/couples/:coupleId/prep',
      {
        config: therapist,
        schema: {
          tags,
          description: 'A session-prep summary to print: the couple’s overview and my own notes about them. Puts a look on their record.',
          params: coupleParams,
          querystring: timeZoneQuery,
          response: { 200: prepView, 400: errorBody, 403: errorBody, 404: errorBody },
        },
      },
      async (request) => {
        const couple = await oneCouple(request, request.params.coupleId);
        const [overview, notes] = await Promise.all([overviewOf(ctx.db, couple, ctx.now(), request.query.tz), listNotes(ctx.db, me(request).userId, couple.scope.coupleId)]);
        await couple.scope.recordLook('prep');
        return { overview, notes, preparedAt: new Date(ctx.now()).toISOString() };
      },
    );

    api.put(
      '/api/desk/couples/:coupleId/sessions',
      {
        config: therapist,
        schema: {
          tags,
          description: 'My last and next session dates with this couple (either may be left as it is, or cleared with null).',
          params: coupleParams,
          body: sessionsBody,
          response: { 200: sessionsView, 400: errorBody, 403: errorBody, 404: errorBody },
        },
      },
      async (request) => {
        const { scope } = await oneCouple(request, request.params.coupleId);
        const { lastSessionAt, nextSessionAt } = request.body;
        const [row] = await ctx.db.query<{ lastSessionAt: Date | null; nextSessionAt: Date | null }>(
          `update therapist_links set last_session_at = case when $2 then $3::timestamptz else last_session_at end,
                                      next_session_at = case when $4 then $5::timestamptz else next_session_at end
            where id = $1 and ended_at is null returning last_session_at as "lastSessionAt", next_session_at as "nextSessionAt"`,
          [scope.link.id, lastSessionAt !== undefined, lastSessionAt ?? null, nextSessionAt !== undefined, nextSessionAt ?? null],
        );
        if (!row) throw new NotFound();
        return { lastSessionAt: iso(row.lastSessionAt), nextSessionAt: iso(row.nextSessionAt) };
      },
    );

    // ── private session notes: the therapist's own, kept after a connection ends ──
    api.get(
      '/api/desk/notes',
      {
        config: therapist,
        schema: { tags, description: 'My own session notes (only ever mine; never shown to a couple), optionally about one couple.', querystring: notesQuery, response: { 200: noteList, 400: errorBody, 403: errorBody } },
      },
      async (request) => ({ notes: await listNotes(ctx.db, me(request).userId, request.query.coupleId ?? null) }),
    );

    api.post(
      '/api/desk/notes',
      {
        config: therapist,
        schema: { tags, description: 'A new private note about a couple I am connected to now.', body: newNoteBody, response: { 201: noteView, 400: errorBody, 403: errorBody, 404: errorBody } },
      },
      async (request, reply) => {
        const { scope, partners } = await oneCouple(request, request.body.coupleId);
        const note = await insertNote(ctx.db, me(request).userId, { linkId: scope.link.id, coupleLabel: coupleLabel(partners), text: request.body.text, sessionOn: request.body.sessionOn });
        return reply.status(201).send(note);
      },
    );

    api.patch(
      '/api/desk/notes/:id',
      {
        config: therapist,
        schema: { tags, description: 'Changes one of my notes (also after the connection ended).', params: noteParams, body: noteEditBody, response: { 200: noteView, 400: errorBody, 403: errorBody, 404: errorBody } },
      },
      async (request) => {
        const note = await updateNote(ctx.db, me(request).userId, request.params.id, request.body);
        if (!note) throw new NotFound();
        return note;
      },
    );

    api.delete(
      '/api/desk/notes/:id',
      { config: therapist, schema: { tags, description: 'Deletes one of my notes.', params: noteParams, response: { 204: noContent, 403: errorBody, 404: errorBody } } },
      async (request, reply) => {
        if (!(await deleteNote(ctx.db, me(request).userId, request.params.id))) throw new NotFound();
        return reply.status(204).send(null);
      },
    );

    // Exports of the therapist's own words: nothing of a couple's records, so no look to record.
    const stamp = () => new Date(ctx.now()).toISOString().slice(0, 10);
    api.get(
      '/api/desk/notes/export.json',
      { config: therapist, schema: { tags, description: 'All my session notes, as JSON (an attachment), including those of connections that have ended.', response: { 200: noteList, 403: errorBody } } },
      async (request, reply) => {
        reply.header('content-disposition', `attachment; filename="offbeat-session-notes-${stamp()}.json"`);
        return { notes: await listNotes(ctx.db, me(request).userId, null) };
      },
    );
    api.get(
      '/api/desk/notes/export.txt',
      { config: therapist, schema: { tags, description: 'All my session notes as plain text, to print or keep (an attachment).', response: { 200: z.string(), 403: errorBody } } },
      async (request, reply) => {
        const who = me(request);
        const text = notesAsText(who.displayName, await listNotes(ctx.db, who.userId, null), new Date(ctx.now()));
        return reply.header('content-type', 'text/plain; charset=utf-8').header('content-disposition', `attachment; filename="offbeat-session-notes-${stamp()}.txt"`).send(text);
      },
    );
  },
};
