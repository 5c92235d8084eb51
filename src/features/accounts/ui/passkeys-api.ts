import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../core/web/api';
import { setSignedIn } from '../../../core/web/session';
import type { PasskeyCeremony, PasskeyList, PasskeyView, SessionState } from '../contract';

const passkeysKey = ['account', 'passkeys'] as const;

/** Whether this browser can make and use passkeys at all (no library needed to ask). */
export const passkeysSupported = (): boolean => typeof window !== 'undefined' && 'PublicKeyCredential' in window;

/**
 * The person closed their device's prompt, or it timed out: not an error to report, a choice.
 * The WebAuthn library is loaded only here, when a passkey is really used.
 */
export class PasskeyCancelled extends Error {}

async function browserCeremony<T>(run: (lib: typeof import('@simplewebauthn/browser')) => Promise<T>): Promise<T> {
  const lib = await import('@simplewebauthn/browser');
  try {
    return await run(lib);
  } catch (error) {
    if (error instanceof Error && (error.name === 'NotAllowedError' || error.name === 'AbortError')) throw new PasskeyCancelled(error.message);
    throw error;
  }
}

export function usePasskeys() {
  return useQuery({ queryKey: passkeysKey, queryFn: () => api.get<PasskeyList>('/api/account/passkeys').then((r) => r.passkeys) });
}

export function useAddPasskey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: { currentPassword: string; name: string }) => {
      const { challengeId, options } = await api.post<PasskeyCeremony>('/api/account/passkeys/options', { currentPassword: input.currentPassword });
      const response = await browserCeremony((lib) => lib.startRegistration({ optionsJSON: options as never }));
      return api.post<PasskeyView>('/api/account/passkeys', { challengeId, response, name: input.name });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: passkeysKey }),
  });
}

export function useRemovePasskey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (passkey: PasskeyView) => api.delete<null>(`/api/account/passkeys/${passkey.id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: passkeysKey }),
  });
}

export function usePasskeySignIn() {
  return useMutation({
    mutationFn: async () => {
      const { challengeId, options } = await api.post<PasskeyCeremony>('/api/auth/passkey/options');
      const response = await browserCeremony((lib) => lib.startAuthentication({ optionsJSON: options as never }));
      return api.post<SessionState>('/api/auth/passkey', { challengeId, response });
    },
    onSuccess: setSignedIn,
  });
}
