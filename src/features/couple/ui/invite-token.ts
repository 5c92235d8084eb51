import { linkToken } from '../../../core/web/link-token';

/** The partner's invite token from `/join#<token>`, kept in this tab through a detour via sign-up. */
const invite = linkToken('offbeat.invite-token');
export const takeInviteToken = invite.take;
export const forgetInviteToken = invite.forget;
