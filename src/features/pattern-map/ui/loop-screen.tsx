import { useId, useRef, useState, type RefObject } from 'react';
import { Link } from 'wouter';
import { Button, ButtonLink, Card, FormError, Loading, Notice, Screen } from '../../../core/web/ui';
import { atStart } from '../../../core/web/partner-name';
import type { MapSummary } from './api';
import { copy } from './copy';
import { topicInSentence } from './labels';
import { aspect, download, fileName, serializeLoopSvg, svgToPng } from './export';
import { LoopPanel, useLoopSteps } from './loop-panel';
import { NameForm } from './name-form';
import { MySide, PartnerSide } from './sides';
import { isBlankSide, type SideSync } from './side-sync';
import { displayName, useCurrentMap, useMapModel } from './use-map';

/** `/map`: the loop (circle or list), its name, both sides live, and the way to everything else about it. */
export function LoopScreen() {
  const { maps, map, query } = useCurrentMap();
  if (maps.isPending) return <Loading label={copy.loading} />;
  if (maps.isError) return <LoadFailed retry={() => void maps.refetch()} />;
  if (!map) return <EmptyMap />;
  return <LoopOf map={map} query={query} key={map.id} />;
}

function LoopOf({ map, query }: { map: MapSummary; query: string }) {
  const model = useMapModel(map.id);
  const [naming, setNaming] = useState(false);
  const svgRef = useRef<SVGSVGElement>(null);
  const name = displayName(map);
  const steps = useLoopSteps(model.mine, model.theirs, model.meName, model.partnerName);

  if (model.isPending) return <Loading label={copy.loading} />;
  if (model.isError || !model.mine) return <LoadFailed retry={model.refetch} />;

  return (
    <Screen
      title={name}
      className="map-screen screen-wide"
      titleAction={
        !naming && (
          <Button variant="quiet" onClick={() => setNaming(true)} aria-label={`${map.name ? copy.map.rename : copy.map.nameIt}: ${name}`}>
            {map.name ? copy.map.rename : copy.map.nameIt}
          </Button>
        )
      }
    >
      {naming && <NameForm map={map} onDone={() => setNaming(false)} />}
      <Welcome side={model.mine} meName={model.meName} partnerName={model.partnerName} partnerShared={model.theirs !== null} startHref={`/start${query}`} />
      {map.topic && map.name && <p className="map-topic">{copy.map.variantOf({ topic: topicInSentence(map.topic) })}</p>}
      <LoopPanel steps={steps} name={name} svgRef={svgRef} />
      <div className="sides">
        <MySide
          side={model.mine}
          mapId={map.id}
          meId={model.meId}
          shared={model.mineSnapshot?.shared ?? false}
          partnerName={model.partnerName}
          comments={model.comments}
          startHref={`/start${query}`}
        />
        <PartnerSide side={model.theirs} mapId={map.id} ownerId={model.partnerId} partnerName={model.partnerName} hasPartner={model.hasPartner} comments={model.comments} />
      </div>
      <MoreLinks query={query} />
      <ExportCard svgRef={svgRef} name={name} query={query} />
    </Screen>
  );
}

function MoreLinks({ query }: { query: string }) {
  const id = useId();
  const links = copy.map.links;
  return (
    <nav className="card more-links" aria-labelledby={id}>
      <h2 id={id} className="card-title">
        {copy.map.more}
      </h2>
      <ul className="link-list">
        <li>
          <Link href="/said-and-meant">{links.saidAndMeant}</Link>
        </li>
        <li>
          <Link href="/contracts">{links.contracts}</Link>
        </li>
        <li>
          <Link href={`/history${query}`}>{links.history}</Link>
        </li>
        <li>
          <Link href="/maps">{links.maps}</Link>
        </li>
      </ul>
    </nav>
  );
}

function ExportCard({ svgRef, name, query }: { svgRef: RefObject<SVGSVGElement | null>; name: string; query: string }) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'svg' | 'png' | null>(null);
  const run = async (kind: 'svg' | 'png') => {
    const svg = svgRef.current;
    if (!svg) return;
    setError(null);
    setBusy(kind);
    try {
      const text = serializeLoopSvg(svg);
      if (kind === 'svg') download(new Blob([text], { type: 'image/svg+xml' }), fileName(name, 'svg'));
      else download(await svgToPng(text, aspect(svg)), fileName(name, 'png'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Card title={copy.map.exportTitle} className="export-card">
      <p className="muted">{copy.map.exportIntro}</p>
      <div className="row">
        <Button variant="secondary" busy={busy === 'svg'} onClick={() => void run('svg')}>
          {copy.map.downloadSvg}
        </Button>
        <Button variant="secondary" busy={busy === 'png'} onClick={() => void run('png')}>
          {copy.map.downloadPng}
        </Button>
        <ButtonLink href={`/print${query}`} variant="quiet">
          {copy.map.links.print}
        </ButtonLink>
      </div>
      {error !== null && (
        <Notice tone="problem" role="alert">
          {copy.map.exportFailed}
        </Notice>
      )}
    </Card>
  );
}

interface WelcomeProps {
  side: SideSync;
  meName: string;
  partnerName: string;
  partnerShared: boolean;
  startHref: string;
}

/**
 * For someone arriving at a map with their own side still empty — usually the
 * partner who joined second, with the first one's side perhaps already
 * shared: a welcome, and the guided start as the first, big choice. Decided
 * once, on arrival, so the card does not vanish (and the page jump) with the
 * first letter typed below.
 */
function Welcome({ side, meName, partnerName, partnerShared, startHref }: WelcomeProps) {
  const [blank] = useState(() => isBlankSide(side.getTexts()));
  const id = useId();
  const w = copy.welcome;
  if (!blank) return null;
  return (
    <section className="card map-welcome" aria-labelledby={id}>
      <h2 id={id} className="card-title">
        {w.title({ name: meName })}
      </h2>
      {partnerShared && <p>{w.partnerShared({ name: atStart(partnerName) })}</p>}
      <p>{w.together}</p>
      <ButtonLink href={startHref} block>
        {w.start}
      </ButtonLink>
      <p className="muted small">{w.startHint}</p>
      <a href="#my-side" className="map-welcome-below">
        {w.writeBelow}
      </a>
    </section>
  );
}

/** No map yet: where to begin it (also what its history shows before there is anything to remember). */
export function EmptyMap() {
  return (
    <Screen title={copy.map.emptyTitle} intro={copy.map.emptyIntro.map((p) => <p key={p}>{p}</p>)}>
      <ButtonLink href="/start" block>
        {copy.map.begin}
      </ButtonLink>
    </Screen>
  );
}

export function LoadFailed({ retry, error }: { retry(): void; error?: unknown }) {
  return (
    <div className="stack">
      {error ? <FormError error={error} /> : <Notice tone="problem" role="alert">{copy.loadFailed}</Notice>}
      <Button variant="secondary" onClick={retry}>
        {copy.retry}
      </Button>
    </div>
  );
}
