import type { ReactNode } from 'react';
import { useEffect, useId, useState } from 'react';
import { useIsMutating } from '@tanstack/react-query';
import { useNow } from '../../../core/web/time';
import { isTopic, topicLabels } from '../../../core/topics';
import { Button, Card, ConfirmDialog, FormError, Loading, LoadFailed, Notice } from '../../../core/web/ui';
import type { Connection, ConsentChoice, OwnScope, SharedScope } from '../contract';
import { therapistKeys, useChoose, useConsentHistory, useEndConnection, useLooks, useMakeLink, useMyTherapist, usePartnerName, useTherapistLive } from './api';
import { copy } from './copy';
import { LinkCard } from './link-card';
import { choiceWords, lookWords, when } from './words';
import './therapist.css';

/**
 * Settings → "Your therapist" (`#therapist`), for a partner in a space: connect a therapist, choose
 * scope by scope what they may see, see each time they looked and every choice over time, end it.
 */
/**
 * `privately`: what the shell offers beside the connection for telling the therapist something the
 * partner never learns of (the tell-therapist feature's link), given the therapist's name.
 */
export function TherapistSection({ privately }: { privately?: (therapistName: string) => ReactNode }) {
  useTherapistLive();
  const partnerName = usePartnerName();
  const mine = useMyTherapist();
  // Held here, not in the connected view: that view goes away as the connection ends.
  const end = useEndConnection();
  const c = mine.data?.connection;
  return (
    <Card title={copy.card.title} id="therapist" className="therapist-card">
      <div className="stack therapist-sections">
        {mine.isPending ? (
          <Loading label={copy.loading} />
        ) : mine.isError ? (
          <LoadFailed message={copy.card.loadFailed} retry={() => void mine.refetch()} />
        ) : c ? (
          <Connected connection={c} privately={privately?.(c.therapist.name)} />
        ) : (
          <NotConnected partnerName={partnerName} ended={end.isSuccess} />
        )}
        {!mine.isPending && <Record />}
        {c && <EndConnection name={c.therapist.name} end={end} />}
      </div>
    </Card>
  );
}

function NotConnected({ partnerName, ended }: { partnerName: string | null; ended: boolean }) {
  const make = useMakeLink('/api/my-therapist/link');
  return (
    <div className="stack">
      {ended && (
        <Notice tone="success" role="status">
          {copy.card.ended}
        </Notice>
      )}
      <p>{partnerName ? copy.card.introNoneWith({ partner: partnerName }) : copy.card.introNone}</p>
      <p className="muted small">{copy.card.never}</p>
      {make.data && <LinkCard link={make.data} intro={copy.card.linkIntro} />}
      <FormError error={make.error} />
      <Button variant={make.data ? 'secondary' : 'primary'} busy={make.isPending} onClick={() => make.mutate()}>
        {make.data ? copy.card.remakeLink : copy.card.makeLink}
      </Button>
      <p className="muted small">{copy.card.haveTheirs}</p>
    </div>
  );
}

function Connected({ connection: c, privately }: { connection: Connection; privately: ReactNode }) {
  const choose = useChoose();
  const now = useNow();
  const name = c.therapist.name;
  const set = (choice: ConsentChoice) => choose.mutate(choice);
  return (
    <div className="stack">
      <div className="therapist-who">
        <p className="therapist-name">{copy.card.connectedTo({ name })}</p>
        <p>{c.therapist.practice}</p>
        <p className="muted small">
          {copy.card.contact}: {c.therapist.contact}
        </p>
        <p className="muted small">{copy.card.since({ when: when(c.startedAt, now) })}</p>
        {privately}
      </div>

      <section aria-labelledby="therapist-choices" className="stack">
        <h3 id="therapist-choices">{copy.card.choicesTitle}</h3>
        <p className="muted">{c.partnerName ? copy.card.choicesIntroWith({ partner: c.partnerName }) : copy.card.choicesIntro}</p>
        <ul className="therapist-scopes">
          {c.shared.map((s) => (
            <ScopeToggle key={s.scope} scope={s.scope} on={s.mine} onChange={(granted) => set({ scope: s.scope, granted })}>
              {sharedStatus(s, c, name)}
            </ScopeToggle>
          ))}
          {c.own.map((s) => (
            <ScopeToggle key={s.scope} scope={s.scope} on={s.mine} onChange={(granted) => set({ scope: s.scope, granted })}>
              {s.mine ? copy.status.mine : copy.status.neither}
            </ScopeToggle>
          ))}
        </ul>
        {c.conversations.length > 0 && (
          <div className="stack">
            <h4>{copy.card.conversationsTitle}</h4>
            <p className="muted small">{copy.card.conversationsIntro}</p>
            <ul className="therapist-scopes">
              {c.conversations.map((v) => (
                <ConversationToggle key={v.ruptureId} choice={v} now={now} onChange={(granted) => set({ scope: 'repair_words', subjectId: v.ruptureId, granted })}>
                  {sharedStatus(v, c, name)}
                </ConversationToggle>
              ))}
            </ul>
          </div>
        )}
        <FormError error={choose.error} />
        <p className="muted small">{copy.card.changedNow}</p>
        <Notice tone="info">
          <p>{copy.card.never}</p>
        </Notice>
      </section>

    </div>
  );
}

/** Either partner ends the connection; the therapist's access ends at once. */
function EndConnection({ name, end }: { name: string; end: ReturnType<typeof useEndConnection> }) {
  const [asking, setAsking] = useState(false);
  return (
    <section aria-labelledby="therapist-end" className="stack">
      <h3 id="therapist-end">{copy.card.endTitle}</h3>
      <p className="muted">{copy.card.endIntro({ name })}</p>
      <FormError error={end.error} />
      <Button variant="secondary" onClick={() => setAsking(true)}>
        {copy.card.end}
      </Button>
      <ConfirmDialog
        open={asking}
        title={copy.card.endConfirmTitle({ name })}
        confirmLabel={copy.card.endConfirm}
        cancelLabel={copy.card.endCancel}
        confirmVariant="danger"
        busy={end.isPending}
        onCancel={() => setAsking(false)}
        onConfirm={() => end.mutate(undefined, { onSettled: () => setAsking(false) })}
      >
        <p>{copy.card.endIntro({ name })}</p>
      </ConfirmDialog>
    </section>
  );
}

function sharedStatus(s: { mine: boolean; partner: boolean }, c: Connection, therapist: string): string {
  const partner = c.partnerName ?? '';
  if (s.mine && s.partner) return copy.status.both({ therapist });
  if (s.mine) return partner ? copy.status.waitingForPartner({ partner }) : copy.status.neither;
  if (s.partner) return copy.status.partnerOpen({ partner });
  return copy.status.neither;
}

/**
 * A switch that shows the person's tap at once and keeps showing it while choices are on their way:
 * an answer read in between (from before the tap reached the server) must not flip it back. Once
 * nothing is in flight it shows what the server holds (after a refusal, the choice as it was).
 */
function useTappedSwitch(on: boolean, onChange: (on: boolean) => void): [boolean, (on: boolean) => void] {
  const [tapped, setTapped] = useState<boolean | null>(null);
  const inFlight = useIsMutating({ mutationKey: therapistKeys.choose }) > 0;
  useEffect(() => {
    if (!inFlight) setTapped(null);
  }, [inFlight]);
  return [
    inFlight && tapped !== null ? tapped : on,
    (next) => {
      setTapped(next);
      onChange(next);
    },
  ];
}

function ScopeToggle({ scope, on, onChange, children }: { scope: SharedScope | OwnScope; on: boolean; onChange(on: boolean): void; children: string }) {
  const id = useId();
  const words = copy.scopes[scope];
  const [shown, tap] = useTappedSwitch(on, onChange);
  return (
    <li className="therapist-scope">
      <label className="therapist-toggle" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={shown}
          aria-describedby={`${id}-what ${id}-status`}
          onChange={(e) => tap(e.target.checked)}
        />
        <span>{words.label}</span>
      </label>
      <p id={`${id}-what`} className="muted small">
        {words.shares} {words.never}
      </p>
      <p id={`${id}-status`} className="therapist-status small" data-scope-status={scope}>
        {children}
      </p>
    </li>
  );
}

function ConversationToggle({ choice: v, now, onChange, children }: { choice: Connection['conversations'][number]; now: Date; onChange(on: boolean): void; children: string }) {
  const id = useId();
  const topic = v.topic && isTopic(v.topic) ? topicLabels[v.topic] : copy.card.olderConversation;
  const [shown, tap] = useTappedSwitch(v.mine, onChange);
  return (
    <li className="therapist-scope">
      <label className="therapist-toggle" htmlFor={id}>
        <input id={id} type="checkbox" role="switch" checked={shown} aria-describedby={`${id}-status`} onChange={(e) => tap(e.target.checked)} />
        <span>{v.at ? copy.card.conversationOf({ topic, when: when(v.at, now) }) : topic}</span>
      </label>
      <p id={`${id}-status`} className="therapist-status small">
        {children}
      </p>
    </li>
  );
}

/** Each look and each choice, for both partners, whatever the connection is now. */
function Record() {
  const looks = useLooks();
  const history = useConsentHistory();
  const now = useNow();
  const all = looks.data?.pages.flatMap((p) => p.looks) ?? [];
  const entries = history.data?.entries ?? [];
  if (all.length === 0 && entries.length === 0) return null;
  return (
    <>
      <section aria-labelledby="therapist-looks" className="stack">
        <h3 id="therapist-looks">{copy.card.looksTitle}</h3>
        <p className="muted small">{copy.card.looksIntro}</p>
        {all.length === 0 ? (
          <p className="muted">{copy.card.looksNone}</p>
        ) : (
          <ul className="therapist-record" data-testid="therapist-looks">
            {all.map((l) => (
              <li key={l.id}>
                {lookWords(l)} · <time dateTime={l.at}>{when(l.at, now)}</time>
              </li>
            ))}
          </ul>
        )}
        {looks.hasNextPage && (
          <Button variant="quiet" busy={looks.isFetchingNextPage} onClick={() => void looks.fetchNextPage()}>
            {copy.card.moreLooks}
          </Button>
        )}
      </section>
      <section aria-labelledby="therapist-history" className="stack">
        <h3 id="therapist-history">{copy.card.historyTitle}</h3>
        <p className="muted small">{copy.card.historyIntro}</p>
        {entries.length === 0 ? (
          <p className="muted">{copy.card.historyNone}</p>
        ) : (
          <ul className="therapist-record" data-testid="therapist-history">
            {[...entries].reverse().map((e, i) => (
              <li key={`${e.at}-${i}`}>
                {choiceWords(e)} · <time dateTime={e.at}>{when(e.at, now)}</time>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
