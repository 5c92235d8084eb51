import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Redirect, useLocation, useParams } from 'wouter';
import { formattingLocale } from '../../../core/i18n/messages';
import { ApiError } from '../../../core/web/api';
import { Button, ButtonLink, FormError, LoadFailed, Loading, Notice, Screen, TextArea, TextField } from '../../../core/web/ui';
import { saveDraftNow, useRuptureWithRepair, useSaveDraft, useSubmitAnswers, type Answers, type RepairView, type Step } from './api';
import { copy } from './copy';
import { formatDay } from './rupture-log';
import { PAGES, REVIEW_PAGE, cleanAnswers, isRequired, missingSteps, resumePage, sameAnswers } from './steps';

/** `/repair/:ruptureId/write`: my side of the repair, one screen at a time, saved privately as I go. */
export function WriteScreen() {
  const { ruptureId } = useParams<{ ruptureId: string }>();
  const { ruptures, repair, pending } = useRuptureWithRepair(ruptureId);

  if (pending) return <Loading label={copy.loading} />;
  if (ruptures.isError) return <LoadFailed message={copy.loadFailed} retry={() => void ruptures.refetch()} />;
  if (repair.isError) return <LoadFailed message={copy.loadFailed} retry={() => void repair.refetch()} />;
  // Nothing to write yet (no calm check), or nothing left to write (revealed, answers fixed): back to the moment.
  if (!repair.data || repair.data.status === 'revealed' || repair.data.iAmCalm !== true) return <Redirect to={`/${ruptureId}`} replace />;
  return <Writer repair={repair.data} ruptureId={ruptureId} />;
}

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

function Writer({ repair, ruptureId }: { repair: RepairView; ruptureId: string }) {
  const [, navigate] = useLocation();
  // The server's copy is read once: live refetches while writing must not overwrite what is being typed.
  const [answers, setAnswers] = useState<Answers>(() => ({ ...repair.mine }));
  const [page, setPage] = useState(() => (repair.mySubmitted ? REVIEW_PAGE : resumePage(repair.mine)));
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const draft = useSaveDraft(repair.id);
  const submit = useSubmitAnswers(repair.id);
  const saved = useRef<Answers>(repair.mine);
  const s = copy.steps;
  // After sharing, answers change only by sharing again: a draft save would quietly replace what was shared.
  const autosave = !repair.mySubmitted;

  function saveDraft(next: Answers) {
    if (!autosave || sameAnswers(next, saved.current)) return;
    const clean = cleanAnswers(next);
    setSaveState('saving');
    draft.mutate(clean, {
      onSuccess: () => {
        saved.current = clean;
        setSaveState('saved');
      },
      onError: () => setSaveState('failed'),
    });
  }

  // Saves a moment after typing stops, as well as on every page change.
  useEffect(() => {
    if (!autosave) return;
    const timer = setTimeout(() => saveDraft(answers), 1500);
    return () => clearTimeout(timer);
    // Only a change of answers restarts the timer; saveDraft itself compares with the last saved copy.
  }, [answers]);

  // Leaving the screen (a link, the back button) within the autosave delay still keeps the last words.
  const client = useQueryClient();
  const latest = useRef(answers);
  latest.current = answers;
  useEffect(
    () => () => {
      if (!autosave || sameAnswers(latest.current, saved.current)) return;
      void saveDraftNow(client, repair.id, cleanAnswers(latest.current)).catch(() => undefined);
    },
    [],
  );

  // A new page is a new screen: its heading takes focus, so it is heard (and the keyboard does not cover the hint).
  const firstPage = useRef(true);
  useEffect(() => {
    if (firstPage.current) {
      firstPage.current = false;
      return;
    }
    document.querySelector<HTMLElement>('.screen-title')?.focus();
  }, [page]);

  function go(to: number) {
    saveDraft(answers);
    setPage(to);
    window.scrollTo({ top: 0 });
  }

  function share() {
    const clean = cleanAnswers(answers);
    submit.mutate(clean, {
      onSuccess: () => {
        saved.current = clean;
        navigate(`/${ruptureId}`);
      },
    });
  }

  const set = (step: Step | 'iWillBy', value: string) => setAnswers((a) => ({ ...a, [step]: step === 'iWillBy' ? value || null : value }));
  const total = PAGES.length;

  if (page === REVIEW_PAGE) {
    const missing = missingSteps(answers);
    return (
      <Screen title={s.review} intro={<p>{s.reviewIntro}</p>}>
        <ol className="repair-review">
          {PAGES.map((steps, index) => (
            <li key={steps.join()} className="repair-review-page">
              {steps.map((step) => (
                <div key={step} className="repair-review-item">
                  <h2 className="repair-review-label">{copy.questions[step].label}</h2>
                  {answers[step]?.trim() ? <p className="repair-prose">{answers[step]}</p> : <p className="muted">{s.leftOpen}</p>}
                  {step === 'iWill' && answers.iWillBy && <p className="muted small">{copy.reveal.by({ date: formatDay(answers.iWillBy) })}</p>}
                </div>
              ))}
              <Button variant="quiet" onClick={() => go(index)} aria-label={s.editPage({ page: copy.pageTitles[index]! })}>
                {s.edit}
              </Button>
            </li>
          ))}
        </ol>
        {missing.length > 0 && (
          <Notice tone="gentle" role="status">
            {s.missing({ parts: new Intl.ListFormat(formattingLocale(), { type: 'unit' }).format(missing.map((m) => copy.questions[m].label)) })}
          </Notice>
        )}
        <p className="muted">{copy.steps.privateNote}</p>
        <FormError error={submit.error instanceof ApiError && submit.error.code === 'already_revealed' ? null : submit.error} />
        <Button onClick={share} busy={submit.isPending} disabled={missing.length > 0} block>
          {repair.mySubmitted ? s.resubmit : s.submit}
        </Button>
        <Button variant="secondary" onClick={() => go(total - 1)}>
          {s.back}
        </Button>
      </Screen>
    );
  }

  return (
    <Screen
      title={copy.pageTitles[page]}
      intro={
        <>
          <p className="repair-progress">{s.progress({ n: page + 1, total })}</p>
          <p>{s.privateNote}</p>
        </>
      }
    >
      <StepForm
        key={page}
        steps={PAGES[page]!}
        answers={answers}
        onChange={set}
        onNext={() => go(page + 1)}
        onBack={page > 0 ? () => go(page - 1) : null}
      />
      <p className="muted small" role="status">
        {saveState === 'saving' ? s.saving : saveState === 'saved' ? s.saved : saveState === 'failed' ? s.saveFailed : ''}
      </p>
      <ButtonLink href={`/${ruptureId}`} variant="quiet">
        {s.later}
      </ButtonLink>
    </Screen>
  );
}

interface StepFormProps {
  steps: readonly Step[];
  answers: Answers;
  onChange(step: Step | 'iWillBy', value: string): void;
  onNext(): void;
  onBack: (() => void) | null;
}

function StepForm({ steps, answers, onChange, onNext, onBack }: StepFormProps) {
  const s = copy.steps;
  function submit(e: FormEvent) {
    e.preventDefault();
    onNext();
  }
  return (
    <form className="stack" onSubmit={submit}>
      {steps.map((step) => (
        <div key={step} className="stack">
          <TextArea
            aboutUs
            label={isRequired(step) ? copy.questions[step].label : s.optionalLabel({ question: copy.questions[step].label })}
            hint={copy.questions[step].hint}
            value={answers[step] ?? ''}
            maxLength={2000}
            rows={5}
            onChange={(e) => onChange(step, e.target.value)}
            onUseWords={(words) => onChange(step, words)}
          />
          {step === 'iWill' && (
            <TextField label={copy.iWillBy.label} hint={copy.iWillBy.hint} type="date" value={answers.iWillBy ?? ''} onChange={(e) => onChange('iWillBy', e.target.value)} />
          )}
        </div>
      ))}
      <div className="repair-step-nav">
        {onBack && (
          <Button variant="secondary" onClick={onBack}>
            {s.back}
          </Button>
        )}
        <Button type="submit">{s.next}</Button>
      </div>
    </form>
  );
}
