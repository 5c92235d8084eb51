import { FormError, Notice } from '../../../core/web/ui';
import { PasskeyCancelled } from './passkeys-api';

/** A closed device prompt is the person's choice, said gently; anything else is the server's words. */
export function PasskeyProblem({ error, cancelled }: { error: unknown; cancelled: string }) {
  if (error instanceof PasskeyCancelled) {
    return (
      <Notice tone="gentle" role="status">
        {cancelled}
      </Notice>
    );
  }
  return <FormError error={error} />;
}
