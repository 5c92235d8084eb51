import { useEffect, useId, useRef, useState } from 'react';
import { announce, Button, FormError, Notice } from '../../../core/web/ui';
import { useSendVoiceNote } from './api';
import { copy, formatDuration } from './copy';
import { contentTypeOf, MAX_RECORDING_SECONDS, pickRecordingType, readClock, uploadSeconds } from './recorder-clock';

function MicIcon() {
  return (
    <svg className="practice-mic" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <rect x="9" y="3" width="6" height="11" rx="3" />
      <path d="M6 11a6 6 0 0 0 12 0M12 17v4M9 21h6" />
    </svg>
  );
}

type Phase = { kind: 'idle' } | { kind: 'recording'; startedAt: number } | { kind: 'recorded'; blob: Blob; contentType: string; durationMs: number; url: string; hitLimit: boolean };

/**
 * Records a short voice note in the browser (MediaRecorder) with a visible
 * clock that stops on its own at two minutes; the person can listen back,
 * record again or send. The microphone is released as soon as recording stops.
 */
export function VoiceRecorder({ episodeId, onSent }: { episodeId: string | null; onSent(): void }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [problem, setProblem] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const recorder = useRef<MediaRecorder | null>(null);
  const previewId = useId();
  const send = useSendVoiceNote();
  const r = copy.recorder;
  const supported = typeof window !== 'undefined' && 'MediaRecorder' in window && !!navigator.mediaDevices?.getUserMedia;

  // The clock ticks while recording, and stops the recorder at the limit.
  useEffect(() => {
    if (phase.kind !== 'recording') return;
    const tick = () => {
      const t = Date.now();
      setNow(t);
      if (readClock(phase.startedAt, t).atLimit) recorder.current?.state === 'recording' && recorder.current.stop();
    };
    const timer = setInterval(tick, 250);
    return () => clearInterval(timer);
  }, [phase]);

  // Let go of a preview's object URL when it is replaced or the screen closes.
  useEffect(() => {
    if (phase.kind !== 'recorded') return;
    return () => URL.revokeObjectURL(phase.url);
  }, [phase]);

  // Leaving the screen mid-recording stops it and frees the microphone.
  useEffect(() => () => recorder.current?.state === 'recording' ? recorder.current.stop() : undefined, []);

  const start = async () => {
    setProblem(null);
    const type = pickRecordingType((t) => MediaRecorder.isTypeSupported(t));
    if (!type) {
      setProblem(r.unsupported);
      return;
    }
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch {
      setProblem(r.noMic);
      return;
    }
    const rec = new MediaRecorder(stream, { mimeType: type.mimeType });
    const chunks: Blob[] = [];
    const startedAt = Date.now();
    rec.ondataavailable = (e) => e.data.size > 0 && chunks.push(e.data);
    rec.onstop = () => {
      stream.getTracks().forEach((t) => t.stop());
      const durationMs = Math.min(Date.now() - startedAt, MAX_RECORDING_SECONDS * 1000);
      const contentType = contentTypeOf(rec.mimeType, type.contentType);
      const blob = new Blob(chunks, { type: contentType });
      const hitLimit = readClock(startedAt, Date.now()).atLimit;
      recorder.current = null;
      setPhase({ kind: 'recorded', blob, contentType, durationMs, url: URL.createObjectURL(blob), hitLimit });
      if (hitLimit) announce(r.reachedLimit);
    };
    recorder.current = rec;
    rec.start(1000);
    setNow(startedAt);
    setPhase({ kind: 'recording', startedAt });
  };

  const stop = () => recorder.current?.state === 'recording' && recorder.current.stop();

  const submit = () => {
    if (phase.kind !== 'recorded') return;
    send.mutate(
      { blob: phase.blob, contentType: phase.contentType, durationSeconds: uploadSeconds(phase.durationMs), episodeId },
      {
        onSuccess: () => {
          setPhase({ kind: 'idle' });
          announce(r.sent);
          onSent();
        },
      },
    );
  };

  if (!supported) return <p className="muted">{r.unsupported}</p>;

  const max = formatDuration(MAX_RECORDING_SECONDS);
  return (
    <div className="stack practice-recorder">
      <p className="muted small">{r.hint}</p>
      {problem && (
        <Notice tone="gentle" role="alert">
          {problem}
        </Notice>
      )}
      {phase.kind === 'idle' && (
        <Button variant="secondary" onClick={() => void start()}>
          <MicIcon />
          {r.start}
        </Button>
      )}
      {phase.kind === 'recording' && (
        <div className="practice-recording">
          <p className="practice-clock">
            <span className="practice-rec-dot" aria-hidden="true" />
            <span>{r.recording}</span>
            <span role="timer" className="practice-clock-time">
              {r.clock({ elapsed: formatDuration(readClock(phase.startedAt, now).elapsed), max })}
            </span>
          </p>
          <Button onClick={stop}>{r.stop}</Button>
        </div>
      )}
      {phase.kind === 'recorded' && (
        <div className="stack">
          {phase.hitLimit && <p className="muted small">{r.reachedLimit}</p>}
          <div className="field">
            <span className="field-label" id={previewId}>
              {r.preview} ({formatDuration(uploadSeconds(phase.durationMs))})
            </span>
            <audio controls src={phase.url} aria-labelledby={previewId} className="practice-audio" />
          </div>
          <FormError error={send.error} />
          <div className="row">
            <Button busy={send.isPending} onClick={submit}>
              {r.send}
            </Button>
            <Button variant="quiet" onClick={() => setPhase({ kind: 'idle' })} disabled={send.isPending}>
              {r.discard}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
