import { createContext, useContext, useState, type ReactNode } from 'react';
import { Button, ConfirmDialog, LoadFailed, Loading, ScaleField } from '../../../core/web/ui';
import { copy } from './copy';

/** The partner's display name for every practice screen (composed by the shell, which knows the couple); "your partner" in the reader's language until then. */
const PartnerNameContext = createContext<string | null>(null);
export const PartnerNameProvider = PartnerNameContext.Provider;
export function usePartnerName(): string {
  return useContext(PartnerNameContext) ?? copy.yourPartner;
}

/** How uncomfortable a stretch feels (or felt), 0–10, said in words. */
export function DiscomfortScale({ label, value, onChange }: { label: string; value: number; onChange(value: number): void }) {
  return <ScaleField label={label} hint={copy.stretches.scaleEnds} value={value} valueText={(n) => copy.stretches.scale({ n })} onChange={onChange} />;
}

/** Loading, a kind failure with a retry, or the content once the data is here. */
export function Loaded<T>({ query, children }: { query: { isPending: boolean; isError: boolean; data: T | undefined; refetch(): unknown }; children(data: T): ReactNode }) {
  if (query.isPending) return <Loading label={copy.loading} />;
  if (query.isError || query.data === undefined) return <LoadFailed message={copy.loadFailed} retry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}

interface AskFirstProps {
  label: string;
  title: string;
  body: string;
  confirm: string;
  busy: boolean;
  variant?: 'quiet' | 'danger' | 'secondary';
  onConfirm(): Promise<unknown>;
}

/** A button that asks "are you sure?" in a dialog before something that cannot be undone. */
export function AskFirst({ label, title, body, confirm, busy, variant = 'quiet', onConfirm }: AskFirstProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant={variant} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <ConfirmDialog
        open={open}
        title={title}
        confirmLabel={confirm}
        cancelLabel={copy.cancel}
        confirmVariant="danger"
        busy={busy}
        onCancel={() => setOpen(false)}
        onConfirm={() => void onConfirm().then(() => setOpen(false), () => setOpen(false))}
      >
        <p>{body}</p>
      </ConfirmDialog>
    </>
  );
}
