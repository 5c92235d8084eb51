import type { Feature } from '../core/http/app';
import { accountsFeature } from '../features/accounts/routes';
import { checkinFeature } from '../features/checkin/routes';
import { coupleFeature } from '../features/couple/routes';
import { liveFeature } from '../features/live/routes';
import { notificationsFeature } from '../features/notifications/routes';
import { patternMapFeature } from '../features/pattern-map/routes';
import { pauseFeature } from '../features/pause/routes';
import { practiceFeature } from '../features/practice/routes';
import { repairFeature } from '../features/repair/routes';
import { safetyFeature } from '../features/safety/routes';
import { signalFeature } from '../features/signal/routes';
import { toolkitFeature } from '../features/toolkit/routes';
import { insightsFeature } from '../features/insights/routes';
import { homeworkFeature } from '../features/homework/routes';
import { tellTherapistFeature } from '../features/tell-therapist/routes';
import { deskFeature } from '../features/desk/routes';
import { therapistFeature } from '../features/therapist/routes';
import { heartFeature } from '../features/heart/routes';

/** Every feature the server mounts. A new feature is a folder plus one line here. */
export const features: Feature[] = [accountsFeature, coupleFeature, liveFeature, signalFeature, pauseFeature, patternMapFeature, repairFeature, practiceFeature, toolkitFeature, notificationsFeature, safetyFeature, checkinFeature, insightsFeature(), therapistFeature, deskFeature, homeworkFeature, tellTherapistFeature, heartFeature];
