import { useId, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { Button, ButtonLink, Card, FormError, Loading, Screen, classes } from '../../../core/web/ui';
import { TOPICS, type Topic } from '../../../core/topics';
import { useCreateMap, useMaps, useUpdateMap } from './api';
import { copy } from './copy';
import { topicInSentence } from './labels';
import { LoadFailed } from './loop-screen';
import { displayName } from './use-map';

/** `/map/maps`: the couple's maps — one main loop, and variants per topic. */
export function MapsScreen() {
  const maps = useMaps();
  const update = useUpdateMap();
  const m = copy.maps;
  if (maps.isPending) return <Loading label={copy.loading} />;
  if (maps.isError) return <LoadFailed retry={() => void maps.refetch()} />;
  return (
    <Screen title={m.title} intro={<p>{m.intro}</p>} className="maps-screen">
      <ul className="map-list">
        {maps.data.map((map) => (
          <li key={map.id} className={classes('card', 'map-item', map.isMain && 'map-item-main')}>
            <div className="map-item-head">
              <h2 className="map-item-name">
                <Link href={map.isMain ? '/' : `/?map=${map.id}`}>{displayName(map)}</Link>
              </h2>
              {map.isMain && <span className="badge badge-kept">{m.main}</span>}
            </div>
            {map.topic && map.name && <p className="muted small">{copy.map.variantOf({ topic: topicInSentence(map.topic) })}</p>}
            {!map.isMain && (
              <Button variant="quiet" busy={update.isPending && update.variables?.id === map.id} onClick={() => update.mutate({ id: map.id, isMain: true })}>
                {m.makeMain}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <FormError error={update.error} />
      <NewMap />
      <ButtonLink href="/" variant="quiet">
        {copy.print.back}
      </ButtonLink>
    </Screen>
  );
}

function NewMap() {
  const [topic, setTopic] = useState<Topic>('money');
  const create = useCreateMap();
  const [, navigate] = useLocation();
  const id = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ topic }, { onSuccess: (map) => navigate(`/start?map=${map.id}`) });
  };
  return (
    <Card title={copy.maps.newTitle}>
      <form className="stack" onSubmit={submit}>
        <div className="field">
          <label htmlFor={id} className="field-label">
            {copy.maps.topic}
          </label>
          <select id={id} className="field-input" value={topic} onChange={(e) => setTopic(e.target.value as Topic)}>
            {TOPICS.map((t) => (
              <option key={t} value={t}>
                {copy.topicLabels[t]}
              </option>
            ))}
          </select>
        </div>
        <FormError error={create.error} />
        <Button type="submit" variant="secondary" busy={create.isPending}>
          {copy.maps.create}
        </Button>
      </form>
    </Card>
  );
}
