import { useEffect, useState, type FormEvent } from 'react';
import { coreCopy } from '../../../core/web/copy';
import { Button, ButtonLink, Card, ChoiceChips, FormError, Loading, Notice, Screen } from '../../../core/web/ui';
import { safetyCheckCopy as c } from '../safety-check-copy';
import { SAFETY_ANSWERS, SAFETY_QUESTIONS, type SafetyAnswer, type SafetyAnswers } from '../safety-check';
import { HelpWhereYouAre } from './helplines';
import { useAnswerSafetyCheck, useEraseSafetyCheck, useSafetyCheck } from './safety-check-api';
import './safety-check.css';

/** Read when shown, so the labels are in the page's language (its catalogue arrives after this module). */
const choices = () => SAFETY_ANSWERS.map((value) => ({ value, label: c.answers[value] }));

/**
 * The private safety check: a few questions, then what might help. Shown to its person only;
 * nothing here reaches the partner (test/safety-check.int.test.ts proves the partner's side).
 */
export function SafetyCheckScreen() {
  const check = useSafetyCheck();
  const [answering, setAnswering] = useState(false);
  const [erased, setErased] = useState(false);
  // The tab's title and the address go into the browser's history, which someone else may read:
  // both stay plain (the address is /for-you), and only the screen itself says what it is.
  useEffect(() => void (document.title = coreCopy.appName), []);
  if (!check.data) return check.isError ? <FormError error={check.error} /> : <Loading label={c.title} />;
  const { answers, concern } = check.data;
  return (
    <Screen title={<>{c.title}</>} intro={!answers || answering ? c.intro.map((p) => <p key={p}>{p}</p>) : undefined} className="safety-check">
      {erased && !answers && <Notice role="status">{c.erased}</Notice>}
      {answers && !answering ? (
        <SafetyCheckResult concern={concern} onAnswerAgain={() => setAnswering(true)} onErased={() => setErased(true)} />
      ) : (
        <SafetyCheckForm initial={answers ?? {}} onDone={() => (setAnswering(false), setErased(false))} />
      )}
    </Screen>
  );
}

function SafetyCheckForm({ initial, onDone }: { initial: SafetyAnswers; onDone(): void }) {
  const [answers, setAnswers] = useState<SafetyAnswers>(initial);
  const answer = useAnswerSafetyCheck();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    answer.mutate(answers, { onSuccess: onDone });
  };
  return (
    <form className="stack" onSubmit={submit}>
      {SAFETY_QUESTIONS.map((q) => (
        <ChoiceChips<SafetyAnswer> key={q} legend={c.questions[q]} options={choices()} value={answers[q] ?? null} onChange={(value) => setAnswers((a) => ({ ...a, [q]: value }))} />
      ))}
      <p className="muted small">{c.privateNote}</p>
      <FormError error={answer.error} />
      <div>
        <Button type="submit" busy={answer.isPending}>
          {c.submit}
        </Button>
      </div>
    </form>
  );
}

function SafetyCheckResult({ concern, onAnswerAgain, onErased }: { concern: boolean; onAnswerAgain(): void; onErased(): void }) {
  const erase = useEraseSafetyCheck();
  const eraseAnswers = () => erase.mutate(undefined, { onSuccess: onErased });
  return (
    <>
      {concern ? (
        <>
          <Card title={c.concern.title} className="safety-check-result">
            {c.concern.body.map((p) => (
              <p key={p}>{p}</p>
            ))}
            <p className="muted small">{c.concern.nothingSaid}</p>
          </Card>
          <Card title={c.concern.helpTitle}>
            <HelpWhereYouAre />
          </Card>
          <Card title={c.concern.ownTitle}>
            <p>{c.concern.own}</p>
          </Card>
          <Card title={c.concern.leaveTitle}>
            <p>{c.concern.leave}</p>
            <ButtonLink href="/settings#space" variant="secondary">
              {c.concern.leaveLink}
            </ButtonLink>
          </Card>
        </>
      ) : (
        <Card title={c.noConcern.title} className="safety-check-result">
          <p>{c.noConcern.body}</p>
          <ButtonLink href="/help" variant="secondary">
            {c.noConcern.help}
          </ButtonLink>
        </Card>
      )}
      <div className="stack">
        <p className="muted small">{c.privateNote}</p>
        <FormError error={erase.error} />
        <div className="row">
          <Button variant="secondary" busy={erase.isPending} onClick={eraseAnswers}>
            {c.erase}
          </Button>
          <Button variant="quiet" onClick={onAnswerAgain}>
            {c.retake}
          </Button>
        </div>
        <ButtonLink href="/" variant="quiet">
          {c.back}
        </ButtonLink>
      </div>
    </>
  );
}

export default SafetyCheckScreen;
