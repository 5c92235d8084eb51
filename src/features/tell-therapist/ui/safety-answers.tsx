import type { SentMessage } from '../contract';

/** Safety-check answers in the check's own plain words, question by answer. */
export function SafetyAnswers({ title, answers }: { title: string; answers: NonNullable<SentMessage['safetyAnswers']> }) {
  return (
    <div className="tell-safety">
      <p className="small">
        <strong>{title}</strong>
      </p>
      <dl>
        {answers.map((a) => (
          <div key={a.question}>
            <dt>{a.question}</dt>
            <dd>{a.answer}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
