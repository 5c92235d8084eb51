import { CLOSE_CODES } from '../../core/realtime/protocol';
import { originAllowed } from '../../core/http/security';
import type { Api, AppContext } from '../../core/http/context';
import type { Feature } from '../../core/http/app';

/**
 * One WebSocket per signed-in client, authenticated by the session cookie.
 * Browsers always send Origin on WebSocket handshakes; a foreign one is refused
 * so another site cannot open a socket with the partner's cookie.
 */
function routes(api: Api, ctx: AppContext): void {
  api.get('/api/live', { websocket: true, config: { access: 'public' }, schema: { hide: true } }, (socket, request) => {
    if (!request.headers.origin || !originAllowed(request, ctx.config)) {
      socket.close(CLOSE_CODES.protocolError, 'origin not allowed');
      return;
    }
    if (!request.auth) {
      socket.close(CLOSE_CODES.sessionEnded, 'not signed in');
      return;
    }
    void ctx.hub.attach(socket, request.auth).catch((error) => {
      request.log.warn({ err: error }, 'could not attach socket');
      socket.close(1011, 'retry');
    });
  });
}

export const liveFeature: Feature = { name: 'live', routes };
