import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../core/web/api';

/** Response shapes of /api/toolkit* (see the server's routes.ts). */
export interface Script {
  id: string;
  situation: string | null;
  text: string;
}

export interface Help {
  id: string;
  text: string;
}

export interface Toolkit {
  scripts: Script[];
  helps: Help[];
  helpsShared: boolean;
  /** Only when the partner chose to share their list. */
  partnerHelps: Help[] | null;
  playlistUrl: string | null;
}

export const toolkitKey = ['toolkit'] as const;

/** Re-read whenever a screen that shows it opens: the partner may have shared or changed their list. */
export function useToolkit() {
  return useQuery({ queryKey: toolkitKey, queryFn: () => api.get<Toolkit>('/api/toolkit'), staleTime: 0 });
}

function useToolkitMutation<V, R>(fn: (vars: V) => Promise<R>, apply: (toolkit: Toolkit, result: R, vars: V) => Toolkit) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (result, vars) => {
      client.setQueryData<Toolkit>(toolkitKey, (t) => (t ? apply(t, result, vars) : t));
    },
  });
}

export function useAddScript() {
  return useToolkitMutation(
    (body: { situation: string | null; text: string }) => api.post<Script>('/api/toolkit/scripts', body),
    (t, script) => ({ ...t, scripts: [...t.scripts, script] }),
  );
}

export function useEditScript() {
  return useToolkitMutation(
    ({ id, ...body }: { id: string; situation: string | null; text: string }) => api.patch<Script>(`/api/toolkit/scripts/${id}`, body),
    (t, script) => ({ ...t, scripts: t.scripts.map((s) => (s.id === script.id ? script : s)) }),
  );
}

export function useRemoveScript() {
  return useToolkitMutation(
    (id: string) => api.delete<null>(`/api/toolkit/scripts/${id}`),
    (t, _r, id) => ({ ...t, scripts: t.scripts.filter((s) => s.id !== id) }),
  );
}

export function useAddHelp() {
  return useToolkitMutation(
    (text: string) => api.post<Help>('/api/toolkit/helps', { text }),
    (t, help) => ({ ...t, helps: [...t.helps, help] }),
  );
}

export function useRemoveHelp() {
  return useToolkitMutation(
    (id: string) => api.delete<null>(`/api/toolkit/helps/${id}`),
    (t, _r, id) => ({ ...t, helps: t.helps.filter((h) => h.id !== id) }),
  );
}

export function useShareHelps() {
  return useToolkitMutation(
    (shared: boolean) => api.put<null>('/api/toolkit/helps/sharing', { shared }),
    (t, _r, shared) => ({ ...t, helpsShared: shared }),
  );
}

export function useSetPlaylist() {
  return useToolkitMutation(
    (url: string | null) => api.put<null>('/api/toolkit/playlist', { url }),
    (t, _r, url) => ({ ...t, playlistUrl: url }),
  );
}
