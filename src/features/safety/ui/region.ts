import { useSyncExternalStore } from 'react';
import { regionFrom, type Region } from '../region';

/** Kept in this browser only, outside any account: signing out or switching person keeps it. */
const REGION_KEY = 'offbeat.region';
const listeners = new Set<() => void>();
/** Read from storage once, then kept in step by saveRegion (so private mode still holds the choice for the visit). */
let current: Region | undefined;

function storedRegion(): Region {
  try {
    return regionFrom(localStorage.getItem(REGION_KEY));
  } catch {
    return null;
  }
}

function subscribe(notify: () => void): () => void {
  listeners.add(notify);
  return () => listeners.delete(notify);
}

export function saveRegion(region: Region): void {
  try {
    if (region === null) localStorage.removeItem(REGION_KEY);
    else localStorage.setItem(REGION_KEY, region);
  } catch {
    // Private mode: the choice is not remembered after this visit.
  }
  current = region;
  listeners.forEach((notify) => notify());
}

/** The region the person chose, shared by every picker and list on the page. */
export function useRegion(): [Region, (region: Region) => void] {
  const region = useSyncExternalStore(subscribe, () => (current ??= storedRegion()));
  return [region, saveRegion];
}
