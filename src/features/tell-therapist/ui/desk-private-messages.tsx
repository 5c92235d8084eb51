import { Card, FormError } from '../../../core/web/ui';
import { formatDateTime } from '../../../core/web/time';
import { tellCopy as c } from '../copy';
import { useDeskMessages } from './api';
import { SafetyAnswers } from './safety-answers';
import './tell-therapist.css';

/** For the desk's couple screen: what each partner told the therapist privately, newest first. */
export function DeskPrivateMessages({ coupleId }: { coupleId: string }) {
  const messages = useDeskMessages(coupleId);
  return (
    <Card title={c.desk.title} className="desk-private-messages">
      <p className="muted small">{c.desk.intro}</p>
      {messages.isError && <FormError error={messages.error} />}
      {messages.data &&
        (messages.data.messages.length === 0 ? (
          <p className="muted">{c.desk.none}</p>
        ) : (
          <ul className="tell-list">
            {messages.data.messages.map((m) => (
              <li key={m.id}>
                <p className="small">
                  <strong>{c.desk.from({ name: m.senderFirstName, when: formatDateTime(m.createdAt) })}</strong>
                </p>
                {m.text && <p className="tell-text">{m.text}</p>}
                {m.safetyAnswers && <SafetyAnswers title={c.desk.safetyAnswers} answers={m.safetyAnswers} />}
              </li>
            ))}
          </ul>
        ))}
    </Card>
  );
}
