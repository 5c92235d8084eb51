import { useState, type FormEvent } from 'react';
import { announce, Button, ButtonLink, Card, ChoiceChips, FormError, TextField } from '../../../core/web/ui';
import { useCapacity, useCheckIn, type Capacity, type Level } from './api';
import { copy } from './copy';
import { formatDay, localDay } from './dates';
import { Loaded } from './fields';

const LEVELS: Level[] = ['low', 'some', 'plenty'];
const levelOptions = () => LEVELS.map((value) => ({ value, label: copy.capacity.levels[value] }));

/**
 * Today's bandwidth, mine and my partner's: so the other knows when to lean
 * in and when to go gently. When it has differed for a while, the server
 * suggests a season, and we offer it as a question.
 */
export function CapacitySection({ partnerName }: { partnerName: string }) {
  const capacity = useCapacity();
  return (
    <Loaded query={capacity}>
      {(data) => (
        <>
          <PartnerCapacity data={data} partnerName={partnerName} />
          {data.suggestSeason && <SeasonSuggestion lower={data.suggestSeason.lowerCapacity} partnerName={partnerName} />}
          <MyCheckIn data={data} partnerName={partnerName} />
        </>
      )}
    </Loaded>
  );
}

function PartnerCapacity({ data, partnerName }: { data: Capacity; partnerName: string }) {
  const p = data.partner;
  const c = copy.capacity;
  const today = localDay(new Date());
  return (
    <Card title={c.partnerTitle({ partner: partnerName })} className="practice-capacity-partner">
      {!p ? (
        <p className="muted">{c.partnerNone({ partner: partnerName })}</p>
      ) : (
        <div className={`practice-level practice-level-${p.level}`}>
          <p className="practice-level-line">
            {p.day >= today ? c.partnerToday[p.level]({ partner: partnerName }) : c.partnerEarlier[p.level]({ partner: partnerName, when: formatDay(p.day) })}
          </p>
          {p.note && <p className="practice-level-note">{c.partnerNote({ note: p.note })}</p>}
          {p.day >= today && <p className="muted small">{c.leanIn[p.level]}</p>}
        </div>
      )}
    </Card>
  );
}

function SeasonSuggestion({ lower, partnerName }: { lower: 'me' | 'partner'; partnerName: string }) {
  const c = copy.capacity;
  // The one with more room would carry more.
  const carrier = lower === 'me' ? 'partner' : 'me';
  return (
    <aside className="notice notice-gentle practice-suggestion" aria-label={c.suggestAction}>
      <p>{lower === 'me' ? c.suggestMe({ partner: partnerName }) : c.suggestPartner({ partner: partnerName })}</p>
      <ButtonLink href={`/seasons?carrier=${carrier}`} variant="secondary">
        {c.suggestAction}
      </ButtonLink>
    </aside>
  );
}

function MyCheckIn({ data, partnerName }: { data: Capacity; partnerName: string }) {
  const c = copy.capacity;
  const today = localDay(new Date());
  const mineToday = data.mine && data.mine.day === today ? data.mine : null;
  const [level, setLevel] = useState<Level | null>(mineToday?.level ?? null);
  const [note, setNote] = useState(mineToday?.note ?? '');
  const checkIn = useCheckIn();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!level) return;
    checkIn.mutate({ level, note: note.trim() || null, day: localDay(new Date()) }, { onSuccess: () => announce(c.shared) });
  };

  return (
    <Card title={c.title} className="practice-checkin">
      <form className="stack" onSubmit={submit}>
        <ChoiceChips legend={c.legend} hint={c.hint({ partner: partnerName })} options={levelOptions()} value={level} onChange={setLevel} />
        <TextField label={c.noteLabel} hint={c.noteHint} value={note} maxLength={280} onChange={(e) => setNote(e.target.value)} />
        <FormError error={checkIn.error} />
        {mineToday && <p className="muted small">{c.mineToday[mineToday.level]}</p>}
        <Button type="submit" busy={checkIn.isPending} disabled={!level}>
          {mineToday ? c.update : c.share}
        </Button>
      </form>
    </Card>
  );
}
