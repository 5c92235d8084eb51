// Child process: the baseline. A bare `ws` relay with no auth, no database and
// no framework: a socket per person (`/live?peer=7b`), and a message from one
// peer — over its socket, or as an HTTP POST /send — is forwarded to the named
// peer's socket, wrapped like an Offbeat event so the client side is identical.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { onStop } from './lib';

const peers = new Map<string, WebSocket>();
let seq = 0;

function forward(raw: string): void {
  const { to, name } = JSON.parse(raw) as { to: string; name: string };
  const event = { seq: ++seq, type: 'couple.renamed', actorId: null, payload: { name }, createdAt: new Date().toISOString() };
  peers.get(to)?.send(JSON.stringify({ v: 1, type: 'event', event }));
}

const server = http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/send') return void res.writeHead(404).end();
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => (body += chunk));
  req.on('end', () => {
    forward(body);
    res.writeHead(204).end();
  });
});

const wss = new WebSocketServer({ server, path: '/live' });
wss.on('connection', (ws, req) => {
  const peer = new URL(req.url ?? '/', 'http://relay').searchParams.get('peer') ?? '';
  peers.set(peer, ws);
  ws.on('message', (data) => forward(data.toString()));
  ws.on('close', () => peers.delete(peer));
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.send!({ ready: { url: `http://127.0.0.1:${port}` } });
});

onStop(async () => {
  for (const ws of wss.clients) ws.terminate();
  await new Promise((resolve) => server.close(resolve));
});
