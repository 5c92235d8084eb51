import { useEffect, useState } from 'react';
import { coreCopy } from '../copy';
import { Button } from './button';

/** Copies `text`; says so in a polite live region, so the result is heard as well as seen. */
export function CopyButton({ text, label = coreCopy.copy }: { text: string; label?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state !== 'copied') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <div className="copy">
      <Button variant="secondary" onClick={copy}>
        {state === 'copied' ? coreCopy.copied : label}
      </Button>
      <span className="copy-status" role="status">
        {state === 'copied' ? coreCopy.copied : state === 'failed' ? coreCopy.copyFailed : ''}
      </span>
    </div>
  );
}
