import { useId, useMemo, useState } from 'react';
import { announce, Button, ButtonLink, ConfirmDialog, FormError, Loading, Screen } from '../../../core/web/ui';
import { formatDateTime } from '../../../core/web/time';
import { TOPICS } from '../../../core/topics';
import { FIELDS } from '../side-doc';
import { useHistory, useRestore, useVersionPreview, type MapSummary } from './api';
import { copy } from './copy';
import { partnerFieldLabels } from './labels';
import { groupHistory, type VersionGroup } from './history-groups';
import { EmptyMap, LoadFailed } from './loop-screen';
import { displayName, useCurrentMap, useMapModel } from './use-map';

/**
 * `/map/history`: every change, grouped into what people remember ("Sam,
 * your side, 12 changes, 14:02–14:06"). Any version can be looked at and
 * brought back; restoring is itself a change, so nothing is ever lost.
 */
export function HistoryScreen() {
  const { maps, map, query } = useCurrentMap();
  if (maps.isPending) return <Loading label={copy.loading} />;
  if (maps.isError) return <LoadFailed retry={() => void maps.refetch()} />;
  if (!map) return <EmptyMap />;
  return <HistoryOf map={map} query={query} key={map.id} />;
}

interface Target {
  ownerId: string;
  version: number;
}

function HistoryOf({ map, query }: { map: MapSummary; query: string }) {
  const history = useHistory(map.id);
  const model = useMapModel(map.id);
  const groups = useMemo(() => groupHistory(history.data ?? []), [history.data]);
  const [selected, setSelected] = useState<Target | null>(null);
  // Held here, above the list: the restore's own event can re-render the list before its answer comes.
  const restore = useRestore(map.id);
  const h = copy.history;

  if (history.isPending) return <Loading label={copy.loading} />;
  if (history.isError) return <LoadFailed retry={() => void history.refetch()} />;

  const sideName = (ownerId: string) => (ownerId === model.meId ? h.yourSide : h.partnerSide({ name: model.partnerName }));
  const authorName = (g: VersionGroup) => (g.isMine ? copy.you : g.authorName ?? h.formerPartner);

  return (
    <Screen title={`${h.title}: ${displayName(map)}`} intro={<p>{h.intro}</p>} className="history-screen">
      {groups.length === 0 ? (
        <p className="muted">{h.empty}</p>
      ) : (
        <ol className="history-list">
          {groups.map((g) => (
            <HistoryGroupItem
              // Keyed by where the group starts: a newer version joining it (a restore, the partner typing) must not remount it.
              key={`${g.ownerId}-${g.before}`}
              group={g}
              mapId={map.id}
              who={authorName(g)}
              side={sideName(g.ownerId)}
              versions={(history.data ?? []).filter((v) => v.ownerId === g.ownerId && v.authorId === g.authorId && v.version <= g.version && v.version > g.before).map((v) => ({ version: v.version, at: v.at }))}
              selected={selected}
              onSelect={setSelected}
              restore={restore}
              isMySide={g.ownerId === model.meId}
              partnerName={model.partnerName}
            />
          ))}
        </ol>
      )}
      <ButtonLink href={`/${query}`} variant="quiet">
        {copy.print.back}
      </ButtonLink>
    </Screen>
  );
}

interface GroupProps {
  group: VersionGroup;
  mapId: string;
  who: string;
  side: string;
  versions: Array<{ version: number; at: string }>;
  selected: Target | null;
  onSelect(target: Target | null): void;
  restore: Restore;
  isMySide: boolean;
  partnerName: string;
}
type Restore = ReturnType<typeof useRestore>;

function HistoryGroupItem({ group, mapId, who, side, versions, selected, onSelect, restore, isMySide, partnerName }: GroupProps) {
  const h = copy.history;
  const [expanded, setExpanded] = useState(false);
  const headingId = useId();
  const from = formatDateTime(group.from);
  const to = formatDateTime(group.to);
  const isSelected = (version: number) => selected?.ownerId === group.ownerId && selected.version === version;
  const toggle = (version: number) => onSelect(isSelected(version) ? null : { ownerId: group.ownerId, version });

  return (
    <li className="card history-group">
      <h2 id={headingId} className="history-title">
        {who} · {side}
      </h2>
      <p className="muted small">
        {h.changes({ n: group.count })} · <time dateTime={group.to}>{from === to ? to : `${from} – ${to.split(', ').pop()}`}</time>
      </p>
      <div className="row">
        <Button variant="secondary" aria-expanded={isSelected(group.version)} onClick={() => toggle(group.version)} aria-describedby={headingId}>
          {isSelected(group.version) ? h.hide : h.preview}
        </Button>
        {group.count > 1 && (
          <Button variant="quiet" aria-expanded={expanded} onClick={() => setExpanded(!expanded)} aria-describedby={headingId}>
            {expanded ? h.hideEach : h.showEach({ n: group.count })}
          </Button>
        )}
      </div>
      {isSelected(group.version) && <Preview mapId={mapId} target={{ ownerId: group.ownerId, version: group.version }} restore={restore} isMySide={isMySide} partnerName={partnerName} />}
      {expanded && (
        <ol className="history-versions">
          {versions.map((v) => (
            <li key={v.version} className="history-version">
              <div className="row">
                <span>
                  {h.version({ n: v.version })} · <time dateTime={v.at}>{formatTime(v.at)}</time>
                </span>
                <Button variant="quiet" aria-expanded={isSelected(v.version)} onClick={() => toggle(v.version)}>
                  {isSelected(v.version) ? h.hide : h.previewShort}
                  <span className="visually-hidden"> {h.version({ n: v.version })}</span>
                </Button>
              </div>
              {isSelected(v.version) && v.version !== group.version && <Preview mapId={mapId} target={{ ownerId: group.ownerId, version: v.version }} restore={restore} isMySide={isMySide} partnerName={partnerName} />}
            </li>
          ))}
        </ol>
      )}
    </li>
  );
}

function formatTime(at: string): string {
  return new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(new Date(at));
}

function Preview({ mapId, target, restore, isMySide, partnerName }: { mapId: string; target: Target; restore: Restore; isMySide: boolean; partnerName: string }) {
  const preview = useVersionPreview(mapId, target);
  // The one restore of this screen is about this version only if it was asked for this version.
  const aboutThis = restore.variables?.ownerId === target.ownerId && restore.variables.version === target.version;
  const [confirming, setConfirming] = useState(false);
  const h = copy.history;
  const labels = isMySide ? copy.fieldLabels : partnerFieldLabels(partnerName);
  if (preview.isPending) return <Loading label={copy.loading} />;
  if (preview.isError) return <FormError error={preview.error} />;
  const roles = TOPICS.filter((t) => preview.data.roles[t]);
  return (
    <div className="history-preview" role="region" aria-label={`${h.previewTitle}: ${h.version({ n: target.version })}`}>
      <dl className="preview-fields">
        {FIELDS.map((f) => (
          <div key={f} className="preview-field">
            <dt>{labels[f]}</dt>
            <dd className={preview.data.fields[f] ? undefined : 'muted'} data-field={f}>
              {preview.data.fields[f] || h.blank}
            </dd>
          </div>
        ))}
        {roles.length > 0 && (
          <div className="preview-field">
            <dt>{copy.roleTitle}</dt>
            <dd>{roles.map((t) => `${copy.topicLabels[t]}: ${copy.roleLabels[preview.data.roles[t]!]}`).join(' · ')}</dd>
          </div>
        )}
      </dl>
      <FormError error={aboutThis ? restore.error : null} />
      {aboutThis && restore.isSuccess ? (
        <p className="restored" role="status">
          {h.restored}
        </p>
      ) : (
        <Button onClick={() => setConfirming(true)}>{h.restore}</Button>
      )}
      <ConfirmDialog
        open={confirming}
        title={h.restoreTitle}
        confirmLabel={h.restore}
        cancelLabel={h.cancel}
        busy={restore.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          restore.mutate(target, {
            onSuccess: () => {
              setConfirming(false);
              announce(h.restored);
            },
          })
        }
      >
        <p>{h.restoreBody}</p>
        {!isMySide && <p>{h.restorePartnerBody({ name: partnerName })}</p>}
      </ConfirmDialog>
    </div>
  );
}
