import { CLOSE_CODES } from '../../core/realtime/protocol';
import { nextLockChangeAt } from '../../core/auth/app-lock';
import { originAllowed } from '../../core/http/security';
import type { Api, AppContext } from '../../core/http/context';
import type { Feature } from '../../core/http/app';

/**
 * One WebSocket per signed-in client, authenticated by the session cookie.
 * Browsers always send Origin on WebSocket handshakes; a foreign one is refused
 * so another site cannot open a socket with the partner's cookie.
 */
function routes(api: Api, ctx: AppContext): void {
  api.get('/api/live', { websocket: true, config: { access: 'public', whileLocked: true }, schema: { hide: true } }, (socket, request) => {
    if (!request.headers.origin || !originAllowed(request, ctx.config)) {
      socket.close(CLOSE_CODES.protocolError, 'origin not allowed');
      return;
    }
    if (!request.auth) {
      socket.close(CLOSE_CODES.sessionEnded, 'not signed in');
      return;
    }
    // A locked device gets no live events: refused until the PIN is given (the client shows its lock screen).
    if (request.locked) {
      socket.close(CLOSE_CODES.locked, 'locked');
      return;
    }
    const session = request.auth;
    const lock = request.appLock;
    const lockChange = nextLockChangeAt(lock?.settings ?? null, lock?.facts.hiddenSince ?? null, ctx.config.appLockMinuteMs);
    void ctx.hub
      .attach(socket, session)
      // Opened while the page is out of sight: it still closes when the lock comes on.
      .then(() => lockChange !== null && ctx.hub.lockAt(session.userId, session.sessionId, lockChange))
      .catch((error) => {
        request.log.warn({ err: error }, 'could not attach socket');
        socket.close(1011, 'retry');
      });
  });
}

export const liveFeature: Feature = { name: 'live', routes };
