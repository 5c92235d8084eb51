import type { ReactNode } from 'react';
import { useNow } from '../../../core/web/time';
import { useSignals } from './api';
import { IncomingSignal } from './incoming-signal';
import { SignalAnswer } from './signal-answer';
import { incomingToShow, ownToShow } from './show';

interface SignalMomentProps {
  partnerName: string;
  /** See MomentContext in show.ts. */
  pauseCoversUntil: number | null;
  /** A ready pause in one tap, composed in by the app shell. */
  pauseNow?: ReactNode;
}

/** The signal cards of this moment, on every screen: the partner's signal waiting for me, or their answer to mine. */
export function SignalMoment({ partnerName, pauseCoversUntil, pauseNow }: SignalMomentProps) {
  const signals = useSignals();
  const now = useNow(30_000);
  const ctx = { nowMs: now.getTime(), pauseCoversUntil };
  const incoming = incomingToShow(signals.data, ctx);
  const mine = ownToShow(signals.data, ctx);
  return (
    <>
      {incoming && <IncomingSignal key={incoming.id} signal={incoming} partnerName={partnerName} pauseNow={pauseNow} />}
      {mine?.answer && <SignalAnswer signal={mine} partnerName={partnerName} pauseNow={pauseNow} />}
    </>
  );
}
