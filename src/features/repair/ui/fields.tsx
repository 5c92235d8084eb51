import { createContext, useContext, type ReactNode } from 'react';
import { partnerFallback } from '../../../core/web/partner-name';

/** The partner's display name for every repair screen (composed by the shell, which knows the couple), or "your partner" before anyone joins. */
const PartnerNameContext = createContext<string | null>(null);
export const PartnerNameProvider = PartnerNameContext.Provider;
export function usePartnerName(): string {
  return useContext(PartnerNameContext) ?? partnerFallback();
}

/** "Only you see this": says plainly who can read something. */
export function PrivacyBadge({ children, shared = false }: { children: ReactNode; shared?: boolean }) {
  return <span className={shared ? 'repair-badge repair-badge-shared' : 'repair-badge'}>{children}</span>;
}
