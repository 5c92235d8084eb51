import { CSI4 } from '../csi4';
import { checkinCopy as c } from '../copy';
import { LOOP_KEYS } from '../questions';
import type { WeekAnswers } from '../contract';

/** A week's answers in words, as they were given — no score, no verdict. */
export function AnswersList({ answers, csi4Enabled }: { answers: WeekAnswers; csi4Enabled: boolean }) {
  return (
    <dl className="checkin-answers">
      {csi4Enabled &&
        CSI4.items.map((item) => (
          <div key={item.key}>
            <dt>{item.text}</dt>
            <dd>{answers.csi4 ? item.anchors[answers.csi4[item.key as keyof typeof answers.csi4]] : c.noCsi4}</dd>
          </div>
        ))}
      {LOOP_KEYS.map((key) => {
        const value = answers.loop[key];
        return (
          <div key={key}>
            <dt>{c.loop.questions[key]}</dt>
            <dd>{value === null ? c.skipped : c.loop.anchors[key][value]}</dd>
          </div>
        );
      })}
    </dl>
  );
}
