import { useEffect, useSyncExternalStore } from 'react';
import { api } from '../../../core/web/api';
import { outboxFor, type OutboxItem } from '../../../core/web/outbox';
import { queryClient } from '../../../core/web/query-client';
import type { JournalEntryAdded, JournalList } from '../contract';
import { entryOf, repairKeys } from './api';

/**
 * New journal entries go through this device's outbox (core/web/outbox.ts): written to the
 * phone first, then sent with the id the phone chose, so an entry written offline is kept
 * until the server has it — and sent again after a lost answer lands on the same entry.
 * Private as every new entry is: nothing here is shared.
 */
export interface NewJournalEntry {
  text: string;
}

const outbox = (userId: string) => outboxFor<NewJournalEntry>(userId, 'journal');

async function sendOne(item: OutboxItem<NewJournalEntry>): Promise<void> {
  const added = await api.post<JournalEntryAdded>('/api/journal', { text: item.body.text, clientId: item.id });
  // Shown among the entries at once (the list is read again below, for anything else that changed).
  queryClient.setQueryData<JournalList>(repairKeys.journal, (list) =>
    list && !list.entries.some((e) => e.id === added.id) ? { ...list, entries: [entryOf(added), ...list.entries] } : list,
  );
}

/** Sends what waits; true when nothing does any more. */
export async function sendJournalOutbox(userId: string): Promise<boolean> {
  const box = outbox(userId);
  if (box.items().length === 0) return true;
  const done = await box.flush(sendOne);
  await queryClient.invalidateQueries({ queryKey: repairKeys.journal }).catch(() => undefined);
  return done;
}

/** Keeps a new entry on the phone and sends it; true when the server has it. */
export function writeJournalEntry(userId: string, text: string): Promise<boolean> {
  outbox(userId).add({ text });
  return sendJournalOutbox(userId);
}

/** Entries written on this phone that the server does not have yet, oldest first. */
export function useWaitingJournalEntries(userId: string): OutboxItem<NewJournalEntry>[] {
  const box = outbox(userId);
  return useSyncExternalStore(box.subscribe, box.items);
}

/** Mounted while the person is signed in online: what waits goes when the app opens and whenever the connection comes back. */
export function JournalOutboxSync({ userId }: { userId: string }) {
  useEffect(() => {
    const send = () => void sendJournalOutbox(userId);
    send();
    window.addEventListener('online', send);
    return () => window.removeEventListener('online', send);
  }, [userId]);
  return null;
}
