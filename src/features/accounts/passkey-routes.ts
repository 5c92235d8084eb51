import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransportFuture,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { BadRequest, Conflict, NotFound, Unauthorized } from '../../core/errors';
import { clientIp, currentUser, type Api, type AppContext } from '../../core/http/context';
import { errorBody, iso, noContent, singleLine } from '../../core/http/schemas';
import { accountCopy } from './copy';
import { passkeyCeremony, passkeyList, passkeyView, sessionState, type PasskeyView } from './contract';
import { checkPassword } from './password-check';
import * as pq from './passkey-queries';
import * as q from './queries';
import { signIn } from './sign-in';

const tags = ['accounts'];
const RP_NAME = 'Offbeat';

/**
 * Who the browser must be talking to: PUBLIC_ORIGIN when set, otherwise the address the request
 * came to (the Origin check already holds every state-changing request to it). The credential is
 * bound to this host by the authenticator itself, so a look-alike site can never use it.
 */
function relyingParty(ctx: AppContext, request: FastifyRequest): { origin: string; rpID: string } {
  const origin = ctx.config.publicOrigin ?? `${request.protocol}://${request.headers.host ?? 'localhost'}`;
  return { origin, rpID: new URL(origin).hostname };
}

/** What a browser sends back from a ceremony: checked in depth by the WebAuthn library, bounded here. */
const credentialResponse = z
  .object({
    id: z.string().min(1).max(1024),
    rawId: z.string().min(1).max(1024),
    type: z.literal('public-key'),
    response: z.record(z.string(), z.unknown()),
    clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
    authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  })
  .refine((r) => JSON.stringify(r).length <= 64 * 1024, 'too large');

function view(row: pq.PasskeyRow): PasskeyView {
  return { id: row.id, name: row.name, createdAt: iso(row.createdAt)!, lastUsedAt: iso(row.lastUsedAt), backedUp: row.backedUp };
}

export function passkeyRoutes(api: Api, ctx: AppContext): void {
  api.get(
    '/api/account/passkeys',
    { config: { access: 'account' }, schema: { tags, description: 'My passkeys (names and dates only).', response: { 200: passkeyList } } },
    async (request) => ({ passkeys: (await pq.passkeysOf(ctx.db, currentUser(request).userId)).map(view) }),
  );

  api.post(
    '/api/account/passkeys/options',
    {
      config: { access: 'account' },
      schema: {
        tags,
        description: 'Starts adding a passkey. The current password is asked again: a passkey is a way into the account for years.',
        body: z.object({ currentPassword: z.string().min(1).max(256) }),
        response: { 200: passkeyCeremony, 403: errorBody },
      },
    },
    async (request) => {
      const me = currentUser(request);
      await checkPassword(ctx, me.userId, request.body.currentPassword);
      const { rpID } = relyingParty(ctx, request);
      const existing = await pq.passkeysOf(ctx.db, me.userId);
      const options = await generateRegistrationOptions({
        rpName: RP_NAME,
        rpID,
        userName: me.email,
        userDisplayName: me.displayName,
        // The account id, not the email: a passkey outlives an email change.
        userID: new TextEncoder().encode(me.userId),
        attestationType: 'none',
        excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: p.transports as AuthenticatorTransportFuture[] })),
        authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
      });
      const challengeId = await pq.saveChallenge(ctx.db, { userId: me.userId, purpose: 'register', challenge: options.challenge });
      return { challengeId, options: { ...options } };
    },
  );

  api.post(
    '/api/account/passkeys',
    {
      config: { access: 'account' },
      schema: {
        tags,
        description: 'Adds the passkey the browser just made, under a name the person will recognise in settings (the app suggests the device).',
        body: z.object({ challengeId: z.uuid(), response: credentialResponse, name: singleLine(80).optional() }),
        response: { 201: passkeyView, 400: errorBody, 409: errorBody },
      },
    },
    async (request, reply) => {
      const me = currentUser(request);
      const challenge = await pq.takeChallenge(ctx.db, request.body.challengeId, 'register', me.userId);
      if (!challenge) throw new BadRequest('passkey_expired', accountCopy.passkeyExpired);
      const { origin, rpID } = relyingParty(ctx, request);
      const verification = await verifyRegistrationResponse({
        response: request.body.response as unknown as RegistrationResponseJSON,
        expectedChallenge: challenge,
        expectedOrigin: origin,
        expectedRPID: rpID,
        requireUserVerification: false,
      }).catch(() => null);
      if (!verification?.verified) throw new BadRequest('passkey_not_added', accountCopy.passkeyNotAdded);
      const { credential, credentialBackedUp } = verification.registrationInfo;
      const added = await pq.insertPasskey(ctx.db, {
        userId: me.userId,
        credentialId: credential.id,
        publicKey: credential.publicKey,
        counter: credential.counter,
        transports: credential.transports ?? [],
        backedUp: credentialBackedUp,
        name: request.body.name || accountCopy.passkeyDefaultName,
      });
      if (!added) throw new Conflict('passkey_taken', accountCopy.passkeyAlreadyAdded);
      reply.status(201);
      return view(added);
    },
  );

  api.delete(
    '/api/account/passkeys/:id',
    {
      config: { access: 'account' },
      schema: { tags, description: 'Removes one of my passkeys. The password still signs in.', params: z.object({ id: z.uuid() }), response: { 204: noContent, 404: errorBody } },
    },
    async (request, reply) => {
      if (!(await pq.deletePasskey(ctx.db, currentUser(request).userId, request.params.id))) throw new NotFound(accountCopy.passkeyNotFound);
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/auth/passkey/options',
    {
      config: { access: 'public' },
      schema: {
        tags,
        description: 'Starts signing in with a passkey: the browser offers the passkeys it holds for this site (no email needed).',
        response: { 200: passkeyCeremony },
      },
    },
    async (request) => {
      ctx.authLimiter.hit(`passkey-ip:${clientIp(request)}`);
      const options = await generateAuthenticationOptions({ rpID: relyingParty(ctx, request).rpID, userVerification: 'preferred' });
      const challengeId = await pq.saveChallenge(ctx.db, { userId: null, purpose: 'sign_in', challenge: options.challenge });
      return { challengeId, options: { ...options } };
    },
  );

  api.post(
    '/api/auth/passkey',
    {
      config: { access: 'public' },
      schema: {
        tags,
        description: 'Signs in with the passkey the browser chose.',
        body: z.object({ challengeId: z.uuid(), response: credentialResponse }),
        response: { 200: sessionState, 400: errorBody, 401: errorBody },
      },
    },
    async (request, reply) => {
      ctx.authLimiter.hit(`passkey-ip:${clientIp(request)}`);
      const challenge = await pq.takeChallenge(ctx.db, request.body.challengeId, 'sign_in', null);
      if (!challenge) throw new BadRequest('passkey_expired', accountCopy.passkeyExpired);
      const response = request.body.response as unknown as AuthenticationResponseJSON;
      const passkey = await pq.passkeyByCredential(ctx.db, response.id);
      const user = passkey ? await q.findUserById(ctx.db, passkey.userId) : null;
      if (!passkey || !user) throw new Unauthorized(accountCopy.passkeyNotAccepted);
      const { origin, rpID } = relyingParty(ctx, request);
      const verification = await verifyAuthenticationResponse({
        response,
        expectedChallenge: challenge,
        expectedOrigin: origin,
        expectedRPID: rpID,
        credential: { id: passkey.credentialId, publicKey: new Uint8Array(passkey.publicKey), counter: passkey.counter, transports: passkey.transports as AuthenticatorTransportFuture[] },
        requireUserVerification: false,
      }).catch(() => null);
      if (!verification?.verified || !(await pq.markUsed(ctx.db, passkey.id, verification.authenticationInfo.newCounter))) {
        throw new Unauthorized(accountCopy.passkeyNotAccepted);
      }
      return signIn(ctx, request, reply, user, false);
    },
  );
}
