import { coreCopy } from '../copy';
import { Button } from './button';
import { Notice } from './notice';

/** A kind "could not load" with a way to try again; `message` is the feature's own words for what did not load. */
export function LoadFailed({ message, retry, retryLabel = coreCopy.retry }: { message: string; retry(): void; retryLabel?: string }) {
  return (
    <Notice tone="problem" role="alert">
      <p>{message}</p>
      <Button variant="secondary" onClick={retry}>
        {retryLabel}
      </Button>
    </Notice>
  );
}
