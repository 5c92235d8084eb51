import { useCouple } from '../../features/couple/ui/api';
import { partnerOf } from '../../features/couple/ui/names';

/** The partner's display name from the couple snapshot (null while nobody has joined), for the repair screens. */
export function useRepairPartnerName(): string | null {
  const couple = useCouple();
  return (couple.data && partnerOf(couple.data)?.displayName) ?? null;
}
