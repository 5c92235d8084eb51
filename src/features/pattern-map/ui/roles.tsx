import { useId } from 'react';
import { TOPICS, type Topic } from '../../../core/topics';
import { ROLES, ROLES_KEY, type Role } from '../side-doc';
import { copy } from './copy';
import { awarenessSender, useSideTexts } from './side-store';
import type { SideSync } from './side-sync';

const LOCAL = 'roles-picker';

/** My usual role per topic, or none: roles are per topic and may change over time. */
export function RolesPicker({ side, mapId, ownerId, shared }: { side: SideSync; mapId: string; ownerId: string; shared: boolean }) {
  const { roles } = useSideTexts(side);
  const id = useId();
  const choose = (topic: Topic, role: Role | null) => {
    side.doc.transact(() => {
      const map = side.doc.getMap(ROLES_KEY);
      if (role) map.set(topic, role);
      else map.delete(topic);
    }, LOCAL);
  };
  return (
    <div className="roles" onFocus={() => shared && awarenessSender.enter(mapId, ownerId, 'roles')} onBlur={() => shared && awarenessSender.leave()}>
      {TOPICS.map((topic) => (
        <fieldset key={topic} className="role-topic">
          <legend className="role-topic-label">{copy.topicLabels[topic]}</legend>
          <div className="role-options">
            {[...ROLES, null].map((role) => (
              <label key={role ?? 'none'} className="role-option">
                <input type="radio" name={`${id}-${topic}`} checked={(roles[topic] ?? null) === role} onChange={() => choose(topic, role)} />
                <span>{role ? copy.roleLabels[role] : copy.roleNotSure}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </div>
  );
}

/** Someone's roles, read-only. */
export function RolesSummary({ side }: { side: SideSync }) {
  const { roles } = useSideTexts(side);
  const chosen = TOPICS.filter((t) => roles[t]);
  if (!chosen.length) return <p className="muted">{copy.noRoles}</p>;
  return (
    <dl className="roles-summary">
      {chosen.map((topic) => (
        <div key={topic} className="roles-summary-row">
          <dt>{copy.topicLabels[topic]}</dt>
          <dd>{copy.roleLabels[roles[topic]!]}</dd>
        </div>
      ))}
    </dl>
  );
}
