import type { Feature } from '../core/http/app';
import { accountsFeature } from '../features/accounts/routes';
import { coupleFeature } from '../features/couple/routes';
import { liveFeature } from '../features/live/routes';

/** Every feature the server mounts. A new feature is a folder plus one line here. */
export const features: Feature[] = [accountsFeature, coupleFeature, liveFeature];
