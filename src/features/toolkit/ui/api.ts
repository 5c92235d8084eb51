import { api } from '../../../core/web/api';
import { keptOnDevice } from '../../../core/web/session';
import { VersionedView, useVersionedChange, useVersionedView } from '../../../core/web/versioned-view';
import type { Help, HelpChanged, Script, ScriptChanged, ToolkitView } from '../contract';

export type { Help, Script, ToolkitView as Toolkit };

export const toolkitKey = ['toolkit'] as const;

/**
 * My toolkit, with my partner's shared list and our playlist, kept in seq order: an answer read
 * before a change the socket already delivered (or before my own change settled) is fetched
 * again, never shown. Re-read whenever a screen that shows it opens (staleTime 0): the partner
 * may have shared or changed their list. The last answer stays on the device: scripts and what
 * helps open offline too.
 */
export const toolkitView = new VersionedView<ToolkitView>(toolkitKey, keptOnDevice('toolkit', () => api.get<ToolkitView>('/api/toolkit')), { staleTime: 0 });

export function useToolkit() {
  return useVersionedView(toolkitView);
}

/** A change that answers with its row (and seq); it shows once the server took it. */
function useRowChange<Vars, R extends { seq: number }>(send: (vars: Vars) => Promise<R>, settle: (toolkit: ToolkitView, row: Omit<R, 'seq'>, vars: Vars) => ToolkitView) {
  return useVersionedChange(toolkitView, {
    optimistic: (toolkit) => toolkit,
    send,
    settle: (toolkit, { seq: _seq, ...row }, vars) => settle(toolkit, row, vars),
  });
}

/** A change that answers 204: it shows the moment it is made, and the toolkit is read again after it. */
function useQuietChange<Vars>(send: (vars: Vars) => Promise<unknown>, apply: (toolkit: ToolkitView, vars: Vars) => ToolkitView) {
  return useVersionedChange(toolkitView, {
    optimistic: apply,
    send: (vars: Vars) => send(vars).then(() => ({ seq: null })),
    settle: (toolkit, _answer, vars) => apply(toolkit, vars),
  });
}

export function useAddScript() {
  return useRowChange(
    (body: { situation: string | null; text: string }) => api.post<ScriptChanged>('/api/toolkit/scripts', body),
    (t, script) => ({ ...t, scripts: [...t.scripts, script] }),
  );
}

export function useEditScript() {
  return useRowChange(
    ({ id, ...body }: { id: string; situation: string | null; text: string }) => api.patch<ScriptChanged>(`/api/toolkit/scripts/${id}`, body),
    (t, script) => ({ ...t, scripts: t.scripts.map((s) => (s.id === script.id ? script : s)) }),
  );
}

export function useRemoveScript() {
  return useQuietChange(
    (id: string) => api.delete<null>(`/api/toolkit/scripts/${id}`),
    (t, id) => ({ ...t, scripts: t.scripts.filter((s) => s.id !== id) }),
  );
}

export function useAddHelp() {
  return useRowChange(
    (text: string) => api.post<HelpChanged>('/api/toolkit/helps', { text }),
    (t, help) => ({ ...t, helps: [...t.helps, help] }),
  );
}

export function useRemoveHelp() {
  return useQuietChange(
    (id: string) => api.delete<null>(`/api/toolkit/helps/${id}`),
    (t, id) => ({ ...t, helps: t.helps.filter((h) => h.id !== id) }),
  );
}

/** The switch moves the moment it is tapped; a failure puts it back (the toolkit is read again). */
export function useShareHelps() {
  return useQuietChange(
    (shared: boolean) => api.put<null>('/api/toolkit/helps/sharing', { shared }),
    (t, shared) => ({ ...t, helpsShared: shared }),
  );
}

export function useSetPlaylist() {
  return useQuietChange(
    (url: string | null) => api.put<null>('/api/toolkit/playlist', { url }),
    (t, url) => ({ ...t, playlistUrl: url }),
  );
}
