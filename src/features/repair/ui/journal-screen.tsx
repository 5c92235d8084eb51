import { useEffect, useState, type FormEvent } from 'react';
import { formatRelative, useNow } from '../../../core/web/time';
import { partnerFallback, atStart } from '../../../core/web/partner-name';
import { useMe } from '../../../core/web/session';
import { announce, Button, ConfirmDialog, FormError, LoadFailed, Loading, Notice, Screen, TextArea } from '../../../core/web/ui';
import { useDeleteJournalEntry, useJournal, useUpdateJournalEntry, type JournalEntry } from './api';
import { copy } from './copy';
import { useWaitingJournalEntries, writeJournalEntry } from './journal-outbox';
import { offlineCopy } from './offline-copy';
import { useJournalLive } from './live-sync';
import { PrivacyBadge } from './fields';
import './repair.css';

/**
 * `/journal`: writing only the author reads. An entry reaches the partner
 * only when the author shares that one entry — after a calm question showing
 * what the partner will see — and can be deleted for good.
 * `partnerName` comes from the shell (null while nobody has joined). Offline it shows what this
 * phone last read, and new entries wait on the phone until they are sent (journal-outbox.ts).
 */
export function JournalScreen({ partnerName }: { partnerName: string | null }) {
  const journal = useJournal();
  const me = useMe();
  useJournalLive(me.id);
  const waiting = useWaitingJournalEntries(me.id);
  const j = copy.journal;
  const partner = partnerName ?? partnerFallback();
  // Opened offline before this phone ever read the journal: writing still works.
  const offlineWithoutCopy = journal.isError && !navigator.onLine;
  if (journal.isPending) return <Loading label={copy.loading} />;
  if (!offlineWithoutCopy && (journal.isError || !journal.data)) return <LoadFailed message={copy.loadFailed} retry={() => void journal.refetch()} />;
  const entries = journal.data ?? [];
  const mine = entries.filter((e) => e.mine);
  const theirs = entries.filter((e) => !e.mine);
  return (
    <Screen title={j.title} intro={<p>{j.intro}</p>}>
      <OfflineNote />
      <NewEntry userId={me.id} />
      <section className="stack" aria-labelledby="journal-mine-title">
        <h2 id="journal-mine-title">{j.mine}</h2>
        {mine.length === 0 && waiting.length === 0 ? (
          <p className="muted">{j.empty}</p>
        ) : (
          <ul className="repair-list" aria-labelledby="journal-mine-title">
            {[...waiting].reverse().map((w) => (
              <li key={w.id} className="repair-item" data-waiting="true">
                <p className="repair-prose">{w.body.text}</p>
                <Written at={w.at} />
                <p className="journal-waiting small">{offlineCopy.offline.waiting}</p>
              </li>
            ))}
            {mine.map((e) => (
              <MyEntry key={e.id} entry={e} partner={partner} canShare={partnerName !== null} />
            ))}
          </ul>
        )}
      </section>
      {theirs.length > 0 && (
        <section className="stack" aria-labelledby="journal-theirs-title">
          <h2 id="journal-theirs-title">{j.theirs({ partner })}</h2>
          <ul className="repair-list" aria-labelledby="journal-theirs-title">
            {theirs.map((e) => (
              <li key={e.id} className="repair-item">
                <p className="repair-prose">{e.text}</p>
                <Written at={e.createdAt} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </Screen>
  );
}

function Written({ at }: { at: string }) {
  const now = useNow();
  return <p className="muted small">{copy.journal.written({ when: formatRelative(at, now, copy.justNow) })}</p>;
}

/** Says so while offline: the list is the phone's copy, and writing still works. */
function OfflineNote() {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online ? null : (
    <Notice tone="info" role="status">
      {offlineCopy.offline.note}
    </Notice>
  );
}

function NewEntry({ userId }: { userId: string }) {
  const j = copy.journal;
  const [text, setText] = useState('');
  function submit(e: FormEvent) {
    e.preventDefault();
    const saving = text.trim();
    if (!saving) return;
    // On the phone the moment it is saved (listed as waiting until the server has it): nothing to lose, nothing to wait for.
    setText('');
    void writeJournalEntry(userId, saving).then((sent) => announce(sent ? j.savedNew : offlineCopy.offline.keptNow));
  }
  return (
    <form className="card stack" onSubmit={submit}>
      <TextArea aboutUs label={j.newLabel} hint={j.newHint} badge={<PrivacyBadge>{j.private}</PrivacyBadge>} rows={5} maxLength={10_000} value={text} onChange={(e) => setText(e.target.value)} />
      <Button type="submit" block>
        {j.save}
      </Button>
    </form>
  );
}

function MyEntry({ entry, partner, canShare }: { entry: JournalEntry; partner: string; canShare: boolean }) {
  const update = useUpdateJournalEntry();
  const remove = useDeleteJournalEntry();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(entry.text);
  const [confirming, setConfirming] = useState(false);
  const [confirmingShare, setConfirmingShare] = useState(false);
  const j = copy.journal;

  function save(e: FormEvent) {
    e.preventDefault();
    if (!text.trim()) return;
    update.mutate({ id: entry.id, text: text.trim() }, { onSuccess: () => setEditing(false) });
  }

  return (
    <li className="repair-item">
      {editing ? (
        <form className="stack" onSubmit={save}>
          <TextArea aboutUs label={j.editLabel} rows={5} maxLength={10_000} value={text} onChange={(e) => setText(e.target.value)} />
          <div className="row">
            <Button type="submit" busy={update.isPending}>
              {j.saveEdit}
            </Button>
            <Button variant="quiet" onClick={() => setEditing(false)}>
              {j.cancel}
            </Button>
          </div>
        </form>
      ) : (
        <p className="repair-prose">{entry.text}</p>
      )}
      <Written at={entry.createdAt} />
      <PrivacyBadge shared={entry.shared}>{entry.shared ? j.sharedWith({ partner }) : j.private}</PrivacyBadge>
      {!editing && (
        <div className="row">
          {(canShare || entry.shared) && (
            <Button
              variant="secondary"
              busy={update.isPending}
              // Sharing is asked about first; stopping is always one tap.
              onClick={() => (entry.shared ? update.mutate({ id: entry.id, shared: false }) : setConfirmingShare(true))}
            >
              {entry.shared ? j.unshare : j.share({ partner })}
            </Button>
          )}
          <Button
            variant="quiet"
            onClick={() => {
              setText(entry.text);
              setEditing(true);
            }}
          >
            {j.edit}
          </Button>
          <Button variant="quiet" className="repair-delete" onClick={() => setConfirming(true)}>
            {j.delete}
          </Button>
        </div>
      )}
      <FormError error={update.error ?? remove.error} />
      <ConfirmDialog
        open={confirmingShare}
        title={j.shareTitle({ partner })}
        confirmLabel={j.shareConfirm({ partner })}
        cancelLabel={j.keepPrivate}
        busy={update.isPending}
        onConfirm={() =>
          update.mutate(
            { id: entry.id, shared: true },
            {
              onSuccess: () => {
                setConfirmingShare(false);
                announce(j.sharedNow({ partner }));
              },
            },
          )
        }
        onCancel={() => setConfirmingShare(false)}
      >
        {/* Only while asking: a closed dialog's copy of the entry would sit in the page twice. */}
        {confirmingShare && <blockquote className="repair-share-preview repair-prose">{entry.text}</blockquote>}
        {[j.shareBody.read({ partner: atStart(partner) }), j.shareBody.changes, j.shareBody.stop].map((line) => (
          <p key={line}>{line}</p>
        ))}
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming}
        title={j.deleteTitle}
        confirmLabel={j.delete}
        cancelLabel={j.keep}
        confirmVariant="danger"
        busy={remove.isPending}
        onConfirm={() => remove.mutate(entry.id, { onSuccess: () => announce(j.deleted) })}
        onCancel={() => setConfirming(false)}
      >
        <p>{j.deleteBody}</p>
      </ConfirmDialog>
    </li>
  );
}
