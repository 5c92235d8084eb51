import { useId, useState } from 'react';
import { Button, ButtonLink, ConfirmDialog, FormError, Notice } from '../../../core/web/ui';
import { INNER_FIELDS, OUTER_FIELDS } from '../side-doc';
import { atStart } from '../../../core/web/partner-name';
import { useShareSide, type MapComment } from './api';
import { copy } from './copy';
import { partnerFieldLabels, shareBody } from './labels';
import { CommentList, PartnerInnerLayer } from './inner-layer';
import { RolesPicker, RolesSummary } from './roles';
import { SideField } from './side-field';
import { useSideTexts, useSyncStatus } from './side-store';
import { isBlankSide, type SideSync } from './side-sync';

/** "Saved" / "Saving…" / "Offline…", and a refusal or loss in the server's own words. */
export function SyncStatusLine({ side }: { side: SideSync }) {
  const status = useSyncStatus(side);
  if (status.state === 'refused') {
    return (
      <Notice tone="gentle" role="alert">
        {status.message}
      </Notice>
    );
  }
  if (status.state === 'gone') {
    return (
      <Notice tone="gentle" role="status">
        {status.message || copy.status.gone}
      </Notice>
    );
  }
  return (
    <p className={`sync-status sync-${status.state}`} role="status">
      <span className="sync-dot" aria-hidden="true" />
      {copy.status[status.state]}
    </p>
  );
}

/**
 * The explanation of sharing, then the share itself. `direct`: the
 * explanation is already on the screen, so the button shares at once.
 */
export function ShareSide({ mapId, partnerName, direct, onShared }: { mapId: string; partnerName: string; direct?: boolean; onShared?(): void }) {
  const [open, setOpen] = useState(false);
  const share = useShareSide(mapId);
  if (direct) {
    return (
      <>
        <Button busy={share.isPending} onClick={() => share.mutate(undefined, { onSuccess: () => onShared?.() })}>
          {copy.start.shareButton}
        </Button>
        <FormError error={share.error} />
      </>
    );
  }
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {copy.map.share}
      </Button>
      <FormError error={share.error} />
      <ConfirmDialog
        open={open}
        title={copy.start.shareTitle}
        confirmLabel={copy.start.shareButton}
        cancelLabel={copy.start.keepDraft}
        busy={share.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={() =>
          share.mutate(undefined, {
            onSuccess: () => {
              setOpen(false);
              onShared?.();
            },
          })
        }
      >
        {shareBody(partnerName).map((p) => (
          <p key={p}>{p}</p>
        ))}
      </ConfirmDialog>
    </>
  );
}

interface MySideProps {
  side: SideSync;
  mapId: string;
  meId: string;
  shared: boolean;
  partnerName: string;
  comments: MapComment[];
  startHref: string;
}

/**
 * My side: every layer is mine to write; a draft until I share it. Sharing is
 * offered once there is something to share, and each box shows our example
 * beside it, never inside it.
 */
export function MySide({ side, mapId, meId, shared, partnerName, comments, startHref }: MySideProps) {
  const headingId = useId();
  const blank = isBlankSide(useSideTexts(side));
  return (
    <section className="card side side-mine" aria-labelledby={headingId} id="my-side" tabIndex={-1}>
      <div className="side-head">
        <h2 id={headingId} className="card-title">
          {copy.map.mySide}
        </h2>
        <SyncStatusLine side={side} />
      </div>
      {shared ? (
        <p className="side-note side-note-shared">{copy.map.sharedNote({ name: partnerName })}</p>
      ) : (
        <div className="side-note side-note-draft">
          <p>{copy.map.draftNote}</p>
          {!blank && <ShareSide mapId={mapId} partnerName={partnerName} />}
        </div>
      )}
      <div className="side-fields">
        {OUTER_FIELDS.map((field) => (
          <SideField
            key={field}
            side={side}
            mapId={mapId}
            ownerId={meId}
            field={field}
            label={copy.fieldLabels[field]}
            example={copy.guide[field].example}
            shared={shared}
            partnerName={partnerName}
          />
        ))}
        {INNER_FIELDS.map((field) => (
          <SideField
            key={field}
            side={side}
            mapId={mapId}
            ownerId={meId}
            field={field}
            label={copy.fieldLabels[field]}
            hint={copy.innerMine}
            example={copy.guide[field].example}
            shared={shared}
            partnerName={partnerName}
          >
            <CommentList comments={comments.filter((c) => c.sideOwnerId === meId && c.field === field)} partnerName={partnerName} />
          </SideField>
        ))}
      </div>
      <details className="roles-details">
        <summary>{copy.roleTitle}</summary>
        <RolesPicker side={side} mapId={mapId} ownerId={meId} shared={shared} />
      </details>
      <ButtonLink href={startHref} variant="quiet">
        {copy.map.guided}
      </ButtonLink>
    </section>
  );
}

interface PartnerSideProps {
  side: SideSync | null;
  mapId: string;
  ownerId: string | null;
  partnerName: string;
  hasPartner: boolean;
  comments: MapComment[];
}

/**
 * The partner's side once they share it: the outer layers are ours to add to
 * together; the inner ones are theirs, answered with kindness.
 */
export function PartnerSide({ side, mapId, ownerId, partnerName, hasPartner, comments }: PartnerSideProps) {
  const headingId = useId();
  const title = hasPartner ? copy.map.partnerSide({ name: atStart(partnerName) }) : atStart(partnerName);
  if (!side || !ownerId) {
    return (
      <section className="card side side-theirs side-waiting" aria-labelledby={headingId}>
        <h2 id={headingId} className="card-title">
          {title}
        </h2>
        {hasPartner ? (
          <p>{copy.map.partnerNotShared({ name: atStart(partnerName) })}</p>
        ) : (
          <>
            <p>{copy.map.noPartner}</p>
            <ButtonLink href="~/invite" variant="secondary">
              {copy.map.invite}
            </ButtonLink>
          </>
        )}
      </section>
    );
  }
  const labels = partnerFieldLabels(partnerName);
  return (
    <section className="card side side-theirs" aria-labelledby={headingId}>
      <div className="side-head">
        <h2 id={headingId} className="card-title">
          {title}
        </h2>
        <SyncStatusLine side={side} />
      </div>
      <div className="side-fields">
        {OUTER_FIELDS.map((field) => (
          <SideField key={field} side={side} mapId={mapId} ownerId={ownerId} field={field} label={labels[field]} hint={copy.outerHint} shared partnerName={partnerName} />
        ))}
        {INNER_FIELDS.map((field) => (
          <PartnerInnerLayer
            key={field}
            side={side}
            mapId={mapId}
            ownerId={ownerId}
            field={field}
            label={labels[field]}
            partnerName={partnerName}
            comments={comments.filter((c) => c.sideOwnerId === ownerId && c.field === field)}
          />
        ))}
      </div>
      <h3 className="roles-heading">{copy.partnerRoles({ name: partnerName })}</h3>
      <RolesSummary side={side} />
    </section>
  );
}
