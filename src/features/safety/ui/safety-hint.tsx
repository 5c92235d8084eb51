import { useEffect, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { safetyCopy } from '../copy';
import './safety-hint.css';

type WordCheck = typeof import('../word-check');
let wordCheck: WordCheck | null = null;
let loading: Promise<WordCheck> | null = null;

/**
 * The word check's phrases are its own chunk, fetched the first time someone writes (and kept by
 * the service worker for offline use): every screen's first load stays light without it.
 */
export function loadWordCheck(): Promise<WordCheck> {
  loading ??= import('../word-check').then(
    (module) => (wordCheck = module),
    (error: unknown) => {
      loading = null; // try again with the next words
      throw error;
    },
  );
  return loading;
}

/** Long enough that the note never flickers while someone is mid-word, short enough to feel beside them. */
export const SETTLE_MS = 800;

/**
 * A quiet note beside a free-text field: when the words suggest harm or fear, it offers the
 * help page. It never blocks or changes the writing, and it keeps and sends nothing — the check
 * runs here, on the device. The region is always present and polite, so a screen reader hears
 * the note once, without interrupting.
 */
export function SafetyHint({ text }: { text: string }) {
  const settled = useSettled(text, SETTLE_MS);
  const [ready, setReady] = useState(wordCheck !== null);
  useEffect(() => {
    if (ready || !settled.trim()) return;
    let live = true;
    void loadWordCheck().then(() => live && setReady(true), () => {});
    return () => void (live = false);
  }, [ready, settled]);
  // Checked once per settled text, not on every keystroke that re-renders the form.
  const concern = useMemo(() => (ready && wordCheck ? wordCheck.concernIn(settled) : false), [ready, settled]);
  return (
    <p className="safety-hint" aria-live="polite">
      {concern && (
        <>
          {safetyCopy.hint.line} <Link href="/help">{safetyCopy.hint.link}</Link>
          <span className="safety-hint-private">{safetyCopy.hint.private}</span>
        </>
      )}
    </p>
  );
}

/** The text once it has stopped changing for `ms`; words already there (a restored draft) count at once. */
function useSettled(text: string, ms: number): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), ms);
    return () => clearTimeout(timer);
  }, [text, ms]);
  return settled;
}
