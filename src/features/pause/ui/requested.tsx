import { useState } from 'react';
import { Button, Card, FormError, Notice } from '../../../core/web/ui';
import { PAUSE_RULES } from '../machine';
import { usePauseCommand, type PauseView } from './api';
import { copy } from './copy';
import { MinutesChoice, parseMinutes } from './minutes-choice';
import { PauseDetails, Tether } from './pause-details';
import { TetherField } from './tether-field';

/** The one who asked: waiting for an answer, or for their yes to the partner's other length. */
export function WaitingForAnswer({ pause, partner }: { pause: PauseView; partner: string }) {
  const send = usePauseCommand();
  return (
    <div className="stack">
      <Card title={copy.waiting.cardTitle}>
        <p>{copy.waiting.body({ partner })}</p>
        <PauseDetails pause={pause} />
        <Tether title={copy.active.yourWords} text={pause.tether} />
        <p className="muted small">{copy.waiting.closes({ minutes: PAUSE_RULES.replyWindowMs / 60_000 })}</p>
      </Card>
      {pause.proposedMinutes !== null && (
        <Notice tone="gentle" title={copy.waiting.proposed({ partner, minutes: pause.proposedMinutes })} role="status">
          <Button onClick={() => send.mutate({ type: 'accept' })} busy={send.isPending && send.variables?.type === 'accept'}>
            {copy.waiting.acceptProposal({ minutes: pause.proposedMinutes })}
          </Button>
        </Notice>
      )}
      <FormError error={send.error} />
      <Button variant="quiet" onClick={() => send.mutate({ type: 'cancel' })} busy={send.isPending && send.variables?.type === 'cancel'}>
        {copy.waiting.cancel}
      </Button>
    </div>
  );
}

const PROPOSE_LENGTHS = [5, 10, 20, 30] as const;
const proposedLabel = (n: number | null) => (n === null ? copy.incoming.proposeThis : copy.incoming.propose({ minutes: n }));

/** The partner: the request with the asker's words, accept with words back, or suggest another length once. */
export function IncomingRequest({ pause, partner }: { pause: PauseView; partner: string }) {
  const send = usePauseCommand();
  const [reply, setReply] = useState('');
  const [proposing, setProposing] = useState(false);
  const [length, setLength] = useState<number | 'other'>(pause.minutes >= 20 ? 10 : 20);
  const [custom, setCustom] = useState('');
  const [lengthError, setLengthError] = useState<string | null>(null);
  const waitingOnProposal = pause.proposedMinutes !== null;

  const propose = () => {
    const minutes = length === 'other' ? parseMinutes(custom) : length;
    setLengthError(minutes === null ? copy.request.customError : null);
    if (minutes !== null) send.mutate({ type: 'propose', minutes });
  };

  return (
    <div className="stack">
      <Card title={copy.incoming.whatTitle({ partner })} className="pause-incoming">
        <p>{copy.incoming.reassurance}</p>
        <PauseDetails pause={pause} />
        <Tether title={copy.incoming.theirWords({ partner })} text={pause.tether} />
      </Card>
      {waitingOnProposal ? (
        <Notice tone="info" role="status">
          {copy.incoming.proposed({ partner, minutes: pause.proposedMinutes ?? pause.minutes })}
        </Notice>
      ) : (
        <>
          <Card title={copy.incoming.accept}>
            <div className="stack">
              <TetherField
                legend={copy.incoming.replyLegend}
                label={copy.incoming.replyLabel}
                suggestions={copy.incoming.replyIdeas}
                value={reply}
                onChange={setReply}
              />
              <Button block onClick={() => send.mutate({ type: 'accept', tether: reply.trim() || null })} busy={send.isPending && send.variables?.type === 'accept'}>
                {copy.incoming.accept}
              </Button>
            </div>
          </Card>
          {!pause.proposalUsed &&
            (proposing ? (
              <Card title={copy.incoming.proposeToggle}>
                <div className="stack">
                  <p className="muted small">{copy.incoming.proposeOnce}</p>
                  <MinutesChoice
                    legend={copy.incoming.proposeLegend}
                    options={PROPOSE_LENGTHS}
                    value={length}
                    onChange={setLength}
                    custom={custom}
                    onCustom={setCustom}
                    error={lengthError}
                  />
                  <Button variant="secondary" onClick={propose} busy={send.isPending && send.variables?.type === 'propose'}>
                    {proposedLabel(length === 'other' ? parseMinutes(custom) : length)}
                  </Button>
                </div>
              </Card>
            ) : (
              <Button variant="quiet" onClick={() => setProposing(true)}>
                {copy.incoming.proposeToggle}
              </Button>
            ))}
        </>
      )}
      <p className="muted small">{copy.incoming.notNowHint}</p>
      <Button variant="quiet" onClick={() => send.mutate({ type: 'not_now' })} busy={send.isPending && send.variables?.type === 'not_now'}>
        {copy.incoming.notNow}
      </Button>
      <FormError error={send.error} />
    </div>
  );
}
