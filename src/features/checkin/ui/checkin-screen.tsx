import { currentLocale } from '../../../core/i18n/messages';
import { useState, type FormEvent } from 'react';
import { partnerFallback } from '../../../core/web/partner-name';
import { useVersionedView } from '../../../core/web/versioned-view';
import { Button, ButtonLink, Card, ChoiceChips, FormError, Loading, Notice, Screen } from '../../../core/web/ui';
import { CSI4, CSI4_KEYS, type Csi4Answers, type Csi4Key } from '../csi4';
import { checkinCopy as c } from '../copy';
import { LOOP_KEYS, SHARINGS, WEEKDAYS, type LoopAnswers, type Sharing } from '../questions';
import type { CheckinWeekView } from '../contract';
import { AnswersList } from './answers-list';
import { useAnswerWeek, useSetDay, useSetReminder, weekView } from './api';
import { CheckinLiveSync } from './live-sync';
import './checkin.css';

const weekLabel = (weekStart: string) =>
  c.weekOf({ date: new Date(`${weekStart}T12:00:00Z`).toLocaleDateString(currentLocale(), { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }) });

/**
 * The weekly check-in (/check-in): about a minute, private unless I choose otherwise. My answers
 * show in words only — never a score or a verdict; my partner's only as they let me see them.
 */
export function CheckinScreen({ partnerName }: { partnerName: string | null }) {
  const week = useVersionedView(weekView);
  const [editing, setEditing] = useState(false);
  const [justSaved, setJustSaved] = useState(false);
  const partner = partnerName ?? partnerFallback();
  if (!week.data) return week.isError ? <FormError error={new Error()} /> : <Loading label={c.title} />;
  const view = week.data;
  const answering = !view.mine || editing;
  return (
    <Screen title={c.title} intro={<p>{answering ? c.intro : weekLabel(view.weekStart)}</p>} className="checkin">
      <CheckinLiveSync />
      {answering ? (
        <CheckinForm view={view} partner={partner} onDone={() => (setEditing(false), setJustSaved(true))} />
      ) : (
        <WeekAnswered view={view} partner={partner} justSaved={justSaved} onChange={() => setEditing(true)} />
      )}
      <DayAndReminder view={view} />
      <ButtonLink href="/" variant="quiet">
        {c.back}
      </ButtonLink>
    </Screen>
  );
}

const emptyLoop: LoopAnswers = { caught: null, wayBack: null, safeToReach: null, safeToStepBack: null };

function CheckinForm({ view, partner, onDone }: { view: CheckinWeekView; partner: string; onDone(): void }) {
  const [csi4, setCsi4] = useState<Partial<Csi4Answers>>(view.mine?.csi4 ?? {});
  const [loop, setLoop] = useState<LoopAnswers>(view.mine?.loop ?? emptyLoop);
  const [sharing, setSharing] = useState<Sharing>(view.mine?.sharing ?? 'private');
  const [partial, setPartial] = useState(false);
  const answer = useAnswerWeek();
  const sharingLabels: Record<Sharing, string> = {
    private: c.sharing.options.private,
    reveal_together: c.sharing.options.reveal_together({ partner }),
    share: c.sharing.options.share({ partner }),
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const given = CSI4_KEYS.filter((k) => csi4[k] !== undefined).length;
    if (view.csi4Enabled && given > 0 && given < CSI4_KEYS.length) return setPartial(true);
    setPartial(false);
    answer.mutate({ csi4: view.csi4Enabled && given === CSI4_KEYS.length ? (csi4 as Csi4Answers) : null, loop, sharing }, { onSuccess: onDone });
  };
  return (
    <form className="stack" onSubmit={submit}>
      <p className="muted">{weekLabel(view.weekStart)}</p>
      {view.partner?.state === 'waiting' && <Notice role="status">{c.partnerWaiting({ partner })}</Notice>}
      {view.csi4Enabled && (
        <Card title={c.csi4.heading} className="checkin-part">
          {CSI4.items.map((item) => (
            <ChoiceChips<number>
              key={item.key}
              legend={item.text}
              options={item.anchors.map((label, value) => ({ value, label }))}
              value={csi4[item.key as Csi4Key] ?? null}
              onChange={(value) => setCsi4((a) => ({ ...a, [item.key]: value }))}
            />
          ))}
          <p className="muted small checkin-attribution">
            {c.csi4.source} {CSI4.attribution}
          </p>
        </Card>
      )}
      <Card title={c.loop.heading} className="checkin-part">
        <p className="muted small">{c.loop.label}</p>
        {LOOP_KEYS.map((key) => (
          <ChoiceChips<number>
            key={key}
            legend={c.loop.questions[key]}
            options={c.loop.anchors[key].map((label, value) => ({ value, label }))}
            value={loop[key]}
            onChange={(value) => setLoop((l) => ({ ...l, [key]: value }))}
          />
        ))}
      </Card>
      <ChoiceChips<Sharing>
        legend={c.sharing.legend}
        hint={`${c.privateByDefault} ${c.sharing.hint}`}
        options={SHARINGS.map((value) => ({ value, label: sharingLabels[value] }))}
        value={sharing}
        onChange={setSharing}
      />
      {partial && <Notice role="alert">{c.csi4Partial}</Notice>}
      <FormError error={answer.error} />
      <div>
        <Button type="submit" busy={answer.isPending}>
          {c.save}
        </Button>
      </div>
    </form>
  );
}

function WeekAnswered({ view, partner, justSaved, onChange }: { view: CheckinWeekView; partner: string; justSaved: boolean; onChange(): void }) {
  const mine = view.mine!;
  return (
    <>
      <Notice role="status">{justSaved ? c.saved : c.answered}</Notice>
      <div className="checkin-side-by-side">
        <Card title={c.mine} className="checkin-week">
          <p className="muted small">{c.stand[mine.stand]}</p>
          <AnswersList answers={mine} csi4Enabled={view.csi4Enabled} />
          <Button variant="secondary" onClick={onChange}>
            {c.change}
          </Button>
        </Card>
        {view.partner?.state === 'shown' && (
          <Card title={c.theirs({ partner })} className="checkin-week">
            <AnswersList answers={view.partner} csi4Enabled={view.csi4Enabled} />
          </Card>
        )}
      </div>
      {view.partner?.state === 'waiting' && <p className="muted">{mine.sharing === 'private' ? c.partnerWaitingMinePrivate({ partner }) : c.partnerWaiting({ partner })}</p>}
      {view.csi4Enabled && <p className="muted small">{CSI4.attribution}</p>}
    </>
  );
}

function DayAndReminder({ view }: { view: CheckinWeekView }) {
  const setDay = useSetDay();
  const setReminder = useSetReminder();
  const [time, setTime] = useState(view.reminder.localTime);
  return (
    <Card title={c.day.title} className="checkin-day">
      <ChoiceChips<number>
        legend={c.day.legend}
        hint={c.day.hint}
        options={WEEKDAYS.map((value) => ({ value, label: c.day.names[value - 1]! }))}
        value={view.day}
        onChange={(value) => setDay.mutate(value)}
      />
      <FormError error={setDay.error} />
      <div className="checkin-reminder">
        <label className="checkin-reminder-toggle">
          <input
            type="checkbox"
            checked={view.reminder.enabled}
            disabled={view.day === null}
            onChange={(e) => setReminder.mutate({ enabled: e.target.checked, localTime: time })}
          />
          <span>{c.reminder.label}</span>
        </label>
        <label className="checkin-reminder-time">
          <span>{c.reminder.time}</span>
          <input
            type="time"
            value={time}
            disabled={view.day === null}
            onChange={(e) => {
              setTime(e.target.value);
              if (/^\d\d:\d\d$/.test(e.target.value) && view.reminder.enabled) setReminder.mutate({ enabled: true, localTime: e.target.value });
            }}
          />
        </label>
        <p className="muted small">{view.day === null ? c.reminder.needsDay : c.reminder.hint}</p>
        <FormError error={setReminder.error} />
      </div>
    </Card>
  );
}

export default CheckinScreen;
