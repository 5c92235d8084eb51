import { Forbidden } from '../../core/errors';
import type { AppContext } from '../../core/http/context';
import { accountCopy } from './copy';
import * as q from './queries';

/** The account's password, asked again before a change that matters (rate-limited per account). */
export async function checkPassword(ctx: AppContext, userId: string, candidate: string): Promise<void> {
  ctx.authLimiter.hit(`password-account:${userId}`);
  const user = await q.findUserById(ctx.db, userId);
  if (!user || !(await ctx.hasher.verify(user.passwordHash, candidate))) {
    throw new Forbidden('wrong_password', accountCopy.wrongPassword);
  }
}
