import { Button, ButtonLink, Loading, Screen } from '../../../core/web/ui';
import { formatDateTime } from '../../../core/web/time';
import { FIELDS } from '../side-doc';
import { useContracts, useSaidAndMeant, type MapSummary } from './api';
import { copy } from './copy';
import { partnerFieldLabels } from './labels';
import { LoopDiagram } from './loop-diagram';
import { LoopList } from './loop-list';
import { useLoopSteps } from './loop-panel';
import { LoadFailed } from './loop-screen';
import { Pair } from './said-and-meant-screen';
import { useSideTexts } from './side-store';
import type { SideSync } from './side-sync';
import { displayName, useCurrentMap, useMapModel } from './use-map';

/**
 * `/map/print`: the loop, both sides, the said-and-meant pairs and the
 * unspoken agreements on plain pages, to print or save as PDF for a session.
 * Only what is already visible to this person (shared sides and pairs).
 */
export function PrintScreen() {
  const { maps, map, query } = useCurrentMap();
  if (maps.isPending) return <Loading label={copy.loading} />;
  if (!map) return <LoadFailed retry={() => void maps.refetch()} />;
  return <PrintOf map={map} query={query} key={map.id} />;
}

function PrintOf({ map, query }: { map: MapSummary; query: string }) {
  const model = useMapModel(map.id);
  const contracts = useContracts();
  const saidAndMeant = useSaidAndMeant();
  const name = displayName(map);
  const steps = useLoopSteps(model.mine, model.theirs, model.meName, model.partnerName);
  const p = copy.print;
  if (model.isPending) return <Loading label={copy.loading} />;

  return (
    <Screen title={name} intro={<p className="no-print">{p.intro}</p>} className="print-screen">
      <div className="row no-print">
        <Button onClick={() => window.print()}>{p.print}</Button>
        <ButtonLink href={`/${query}`} variant="quiet">
          {p.back}
        </ButtonLink>
      </div>
      <p className="print-date muted small">{p.printedOn({ date: formatDateTime(new Date()) })}</p>
      <div className="print-diagram">
        <LoopDiagram steps={steps} name={name} className="loop-svg-print" />
      </div>
      <LoopList steps={steps} name={name} />
      <section className="print-section" aria-labelledby="print-sides">
        <h2 id="print-sides">{p.sides}</h2>
        <div className="print-sides">
          {model.mine && <SideTextList side={model.mine} title={model.meName} labels={copy.fieldLabels} />}
          {model.theirs && <SideTextList side={model.theirs} title={model.partnerName} labels={partnerFieldLabels(model.partnerName)} />}
        </div>
      </section>
      {saidAndMeant.data && saidAndMeant.data.length > 0 && (
        <section className="print-section" aria-labelledby="print-said-and-meant">
          <h2 id="print-said-and-meant">{p.saidAndMeant}</h2>
          <ul className="pair-list">
            {saidAndMeant.data.map((x) => (
              <li key={x.id} className="pair">
                <p className="muted small">{x.isMine ? model.meName : model.partnerName}</p>
                <Pair pair={x} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {contracts.data && contracts.data.length > 0 && (
        <section className="print-section" aria-labelledby="print-contracts">
          <h2 id="print-contracts">{p.contracts}</h2>
          <ul className="print-contracts">
            {contracts.data.map((c) => (
              <li key={c.id}>
                <strong>{c.text}</strong> — {copy.contracts.status[c.status]}
                {(
                  [
                    [model.meName, c.myMark],
                    [model.partnerName, c.partnerMark],
                  ] as const
                ).map(([who, mark]) =>
                  mark ? (
                    <span key={who} className="print-mark">
                      {' '}
                      {who}: {copy.contracts.decisions[mark.decision]}
                      {mark.note ? ` (“${mark.note}”)` : ''}.
                    </span>
                  ) : null,
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </Screen>
  );
}

function SideTextList({ side, title, labels }: { side: SideSync; title: string; labels: Record<(typeof FIELDS)[number], string> }) {
  const texts = useSideTexts(side);
  return (
    <div className="print-side">
      <h3>{title}</h3>
      <dl className="preview-fields">
        {FIELDS.map((f) => (
          <div key={f} className="preview-field">
            <dt>{labels[f]}</dt>
            <dd>{texts.fields[f] || '—'}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
