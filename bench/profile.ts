// Summarises a V8 .cpuprofile (node --cpu-prof): self time by package and by function.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Which part of the stack a frame belongs to: a package, our own code, node itself, or V8 bookkeeping. */
function category(frame: ProfileNode['callFrame']): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : 'node/V8 native';
  if (url.startsWith('wasm:')) return 'PGlite (Postgres compiled to wasm)';
  if (url.includes('offbeat-bench/')) return 'offbeat server code (src/)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg) return pkg;
  if (url.startsWith('node:')) return 'node core';
  return 'offbeat code';
}

export interface ProfileSummary {
  totalMs: number;
  byCategory: Array<[string, number]>;
  byFunction: Array<[string, number]>;
}

export function summariseProfile(file: string, top = 12): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const cat = new Map<string, number>();
  const fn = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!node || node.callFrame.functionName === '(idle)') return;
    total += dt;
    const c = category(node.callFrame);
    cat.set(c, (cat.get(c) ?? 0) + dt);
    const where = node.callFrame.url.split('/').slice(-1)[0] ?? '';
    const key = `${node.callFrame.functionName || '(anonymous)'} ${where ? `${where}:${node.callFrame.lineNumber + 1}` : ''} [${c}]`;
    fn.set(key, (fn.get(key) ?? 0) + dt);
  });
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  return { totalMs: total, byCategory: sorted(cat), byFunction: sorted(fn) };
}
