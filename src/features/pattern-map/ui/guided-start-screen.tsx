import { useEffect, useRef, useState, type RefObject } from 'react';
import { Button, ButtonLink, Loading, Notice, Screen } from '../../../core/web/ui';
import { atStart } from '../../../core/web/partner-name';
import { FIELDS, INNER_FIELDS, type Field } from '../side-doc';
import { useCreateMap, type MapSummary } from './api';
import { copy } from './copy';
import { shareBody } from './labels';
import { LoadFailed } from './loop-screen';
import { RolesPicker } from './roles';
import { ShareSide, SyncStatusLine } from './sides';
import { SideField } from './side-field';
import { useCurrentMap, useMapModel } from './use-map';

type Step = Field | 'roles' | 'share';
const STEPS: Step[] = [...FIELDS, 'roles', 'share'];

/**
 * `/map/start`: my side, one question per screen, saved as I type. Works for
 * one partner alone: the side stays a private draft until I choose to share,
 * and the partner is invited, never summoned.
 */
export function GuidedStartScreen() {
  const { maps, map, query } = useCurrentMap();
  const create = useCreateMap();
  const asked = useRef(false);

  // The couple's first map is made the moment someone starts.
  useEffect(() => {
    if (maps.isSuccess && maps.data.length === 0 && !asked.current) {
      asked.current = true;
      create.mutate({});
    }
  }, [maps.isSuccess, maps.data, create]);

  if (maps.isError) return <LoadFailed retry={() => void maps.refetch()} />;
  if (create.isError) return <LoadFailed error={create.error} retry={() => create.mutate({})} />;
  if (!map) return <Loading label={copy.start.creating} />;
  return <Guide map={map} query={query} key={map.id} />;
}

function Guide({ map, query }: { map: MapSummary; query: string }) {
  const model = useMapModel(map.id);
  const [index, setIndex] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const step = STEPS[index]!;
  const sharing = step === 'share';

  // After Back/Next, focus goes to the new question so a screen reader reads it.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [index]);

  if (model.isPending) return <Loading label={copy.loading} />;
  if (model.isError || !model.mine) return <LoadFailed retry={model.refetch} />;
  const side = model.mine;
  const shared = model.mineSnapshot?.shared ?? false;
  const go = (next: number) => {
    moved.current = true;
    setIndex(Math.max(0, Math.min(STEPS.length - 1, next)));
  };

  return (
    <Screen title={copy.start.title} className="guide" intro={index === 0 ? <p>{copy.start.intro}</p> : undefined}>
      <div className="guide-progress">
        <p className="guide-step" id="guide-step">
          {copy.start.step({ n: index + 1, total: STEPS.length })}
        </p>
        <progress max={STEPS.length} value={index + 1} aria-labelledby="guide-step" />
      </div>

      <section className="card guide-card" aria-label={copy.start.step({ n: index + 1, total: STEPS.length })}>
        {sharing ? (
          <ShareStep heading={heading} mapId={map.id} shared={shared} partnerName={model.partnerName} hasPartner={model.hasPartner} query={query} />
        ) : step === 'roles' ? (
          <>
            <h2 id="guide-question" ref={heading} tabIndex={-1} className="guide-question">
              {copy.guide.roles.question}
            </h2>
            <p className="field-hint">{copy.start.rolesIntro}</p>
            <RolesPicker side={side} mapId={map.id} ownerId={model.meId} shared={shared} />
          </>
        ) : (
          <>
            <SideField
              headingRef={heading}
              key={step}
              side={side}
              mapId={map.id}
              ownerId={model.meId}
              field={step}
              large
              label={copy.guide[step].question}
              example={copy.guide[step].example}
              hint={(INNER_FIELDS as readonly string[]).includes(step) && <span className="guide-inner-note">{copy.innerMine}</span>}
              shared={shared}
              partnerName={model.partnerName}
            />
          </>
        )}
        {!sharing && (
          <div className="guide-saved">
            <SyncStatusLine side={side} />
          </div>
        )}
      </section>

      <div className="guide-nav">
        {index > 0 ? (
          <Button variant="secondary" onClick={() => go(index - 1)}>
            {copy.start.back}
          </Button>
        ) : (
          <span />
        )}
        {index < STEPS.length - 1 && <Button onClick={() => go(index + 1)}>{copy.start.next}</Button>}
      </div>
      {!sharing && (
        <ButtonLink href={`/${query}`} variant="quiet">
          {copy.start.finishLater}
        </ButtonLink>
      )}
    </Screen>
  );
}

interface ShareStepProps {
  heading: RefObject<HTMLHeadingElement | null>;
  mapId: string;
  shared: boolean;
  partnerName: string;
  hasPartner: boolean;
  query: string;
}

function ShareStep({ heading, mapId, shared, partnerName, hasPartner, query }: ShareStepProps) {
  return (
    <div className="stack">
      <h2 id="guide-question" ref={heading} tabIndex={-1} className="guide-question">
        {shared ? copy.start.sharedTitle : copy.start.doneTitle}
      </h2>
      {shared ? (
        <Notice tone="success">{copy.start.sharedBody({ name: atStart(partnerName) })}</Notice>
      ) : (
        <>
          <p>{copy.start.draftBody}</p>
          <h3>{copy.start.shareTitle}</h3>
          {shareBody(partnerName).map((p) => (
            <p key={p}>{p}</p>
          ))}
          <ShareSide mapId={mapId} partnerName={partnerName} direct />
        </>
      )}
      {!hasPartner && (
        <Notice tone="gentle" title={copy.start.alone.title}>
          <p>{copy.start.alone.body}</p>
          <ButtonLink href="~/invite" variant="secondary">
            {copy.start.alone.invite}
          </ButtonLink>
        </Notice>
      )}
      <ButtonLink href={`/${query}`} variant={shared ? 'primary' : 'quiet'}>
        {copy.start.seeLoop}
      </ButtonLink>
    </div>
  );
}
