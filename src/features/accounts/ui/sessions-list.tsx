import { useState } from 'react';
import { Button, Card, ConfirmDialog, FormError, Loading, Notice } from '../../../core/web/ui';
import { formatDateTime, formatRelative, useNow } from '../../../core/web/time';
import { useDeviceSessions, useEndAllSessions, useEndSession, type DeviceSession } from './api';
import { copy } from './copy';
import { describeDevice } from './describe-device';

function deviceName(session: DeviceSession): string {
  const device = describeDevice(session.userAgent);
  return device ? copy.device.on(device) : copy.device.unknown;
}

/** Every device logged in to this account, each with a way to log it out; and "log out everywhere". */
export function SessionsList() {
  const sessions = useDeviceSessions();
  const endOne = useEndSession();
  const endAll = useEndAllSessions();
  const [confirmAll, setConfirmAll] = useState(false);
  const now = useNow();
  const s = copy.settings.sessions;

  // This device first, then the most recently active.
  const list = [...(sessions.data ?? [])].sort(
    (x, y) => Number(y.current) - Number(x.current) || y.lastSeenAt.localeCompare(x.lastSeenAt),
  );
  const others = list.filter((x) => !x.current);

  return (
    <Card title={s.title}>
      <p className="muted">{s.intro}</p>
      {sessions.isPending && <Loading label={copy.loading} />}
      {sessions.isError && <Notice tone="problem">{s.loadFailed}</Notice>}
      {list.length > 0 && (
        <ul className="device-list">
          {list.map((session) => {
            const name = deviceName(session);
            return (
              <li key={session.id} className="device">
                <div className="device-text">
                  <p className="device-name">
                    {name}
                    {session.current && <span className="badge">{s.thisDevice}</span>}
                  </p>
                  <p className="device-meta">
                    {s.signedIn({ when: formatDateTime(session.createdAt) })}
                    <br />
                    {s.lastActive({ when: formatRelative(session.lastSeenAt, now, copy.justNow) })}
                  </p>
                </div>
                <Button
                  variant="quiet"
                  aria-label={session.current ? s.logOutThis : s.logOutNamed({ device: name })}
                  busy={endOne.isPending && endOne.variables?.id === session.id}
                  onClick={() => endOne.mutate(session)}
                >
                  {s.logOut}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <FormError error={endOne.error ?? endAll.error} />
      {endAll.isSuccess && endAll.variables === false && (
        <Notice tone="success" role="status">
          {s.endedOthers({ n: endAll.data.ended })}
        </Notice>
      )}
      <div className="stack">
        {sessions.isSuccess && others.length === 0 ? (
          <p className="muted small">{s.noOthers}</p>
        ) : (
          <Button variant="secondary" busy={endAll.isPending && endAll.variables === false} onClick={() => endAll.mutate(false)}>
            {s.logOutOthers}
          </Button>
        )}
        <Button variant="quiet" onClick={() => setConfirmAll(true)}>
          {s.logOutEverywhere}
        </Button>
      </div>
      <ConfirmDialog
        open={confirmAll}
        title={s.confirmAllTitle}
        confirmLabel={s.confirmAll}
        cancelLabel={copy.cancel}
        busy={endAll.isPending}
        onCancel={() => setConfirmAll(false)}
        onConfirm={() => endAll.mutate(true)}
      >
        <p>{s.confirmAllBody}</p>
      </ConfirmDialog>
    </Card>
  );
}
