import { useCouple } from '../../features/couple/ui/api';
import { partnerOf } from '../../features/couple/ui/names';

/** The partner's display name from the couple snapshot (null while nobody has joined), for features that name them. */
export function usePartnerName(): string | null {
  const couple = useCouple();
  const partner = couple.data ? partnerOf(couple.data) : undefined;
  return partner?.displayName ?? null;
}
