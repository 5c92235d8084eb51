import QRCode from 'qrcode';
import type { FastifyRequest } from 'fastify';
import { linkOrigin } from '../lan';
import type { AppContext } from './context';

/** A one-time link to hand to someone else (a partner's invite, a therapist's connect link), with its QR code. */
export interface ShareLink {
  url: string;
  qrSvg: string;
  /** `lan`: the person's browser is on localhost, so the link uses this computer's address on the local network. */
  reach: 'origin' | 'lan';
}

/**
 * `${origin}${path}#${token}`: the token rides in the fragment, so it never reaches a server log.
 * The origin is PUBLIC_ORIGIN when set, otherwise the address this server was really reached at
 * (never the Host header, which the sender writes) — or, for a browser on this computer, the LAN
 * address the other person's phone can open.
 */
export async function shareLink(ctx: AppContext, request: FastifyRequest, path: string, token: string): Promise<ShareLink> {
  const { origin, reach } = linkBase(ctx, request);
  const url = `${origin}${path}#${token}`;
  const qrSvg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return { url, qrSvg, reach };
}

/** The origin of a link this request hands out (see shareLink): also for links sent by mail, so a forged Host never names them. */
export function linkBase(ctx: AppContext, request: FastifyRequest): { origin: string; reach: 'origin' | 'lan' } {
  return ctx.config.publicOrigin
    ? { origin: ctx.config.publicOrigin, reach: 'origin' }
    : linkOrigin({ protocol: request.protocol, host: request.headers.host, localAddress: request.socket.localAddress, localPort: request.socket.localPort, lanAddress: ctx.config.lanAddress });
}
