import { useEffect, useState } from 'react';
import { Button, Notice } from '../../../core/web/ui';
import { bluetoothSupport, browserBluetooth, type BluetoothSupport } from './device';
import { copy } from './copy';
import { strap, type StrapState } from './strap-store';

/** Whether this browser can reach a strap (null while it is being asked). */
export function useBluetoothSupport(): BluetoothSupport | null {
  const [support, setSupport] = useState<BluetoothSupport | null>(null);
  useEffect(() => {
    let live = true;
    void bluetoothSupport(browserBluetooth()).then((s) => live && setSupport(s));
    return () => {
      live = false;
    };
  }, []);
  return support;
}

/** Connect, or say kindly why this browser cannot; the chooser itself is the browser's. */
export function ConnectStrap({ state, support, compact = false }: { state: StrapState; support: BluetoothSupport | null; compact?: boolean }) {
  if (support === null) return null;
  if (support === 'missing') {
    return (
      <Notice tone="info" title={copy.support.missingTitle}>
        <p>{copy.support.missing}</p>
      </Notice>
    );
  }
  if (state.status === 'connected') {
    return (
      <div className="row heart-device">
        <p className="muted small">{state.deviceName ? copy.connectedTo({ name: state.deviceName }) : copy.connectedToStrap}</p>
        <Button variant="quiet" onClick={() => strap.disconnect()}>
          {copy.disconnect}
        </Button>
      </div>
    );
  }
  return (
    <div className="stack stack-tight">
      {support === 'off' && (
        <Notice tone="info" title={copy.support.offTitle}>
          <p>{copy.support.off}</p>
        </Notice>
      )}
      {state.status === 'lost' && <Notice tone="gentle">{copy.lost}</Notice>}
      {!compact && <p className="muted small">{copy.connectHint}</p>}
      <Button variant={compact ? 'secondary' : 'primary'} block busy={state.status === 'connecting'} onClick={() => void strap.connect()}>
        {state.status === 'connecting' ? copy.connecting : state.status === 'lost' ? copy.reconnect : copy.connect}
      </Button>
      {state.problem && (
        <p className="muted small" role="status">
          {copy.problems[state.problem]}
        </p>
      )}
    </div>
  );
}
