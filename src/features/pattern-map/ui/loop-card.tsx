import { useQueryClient } from '@tanstack/react-query';
import { ButtonLink, Card } from '../../../core/web/ui';
import { useLiveMessages } from '../../../core/web/live/live-provider';
import { liveNews } from '../../../core/web/versioned-view';
import { mapListView, useMaps } from './api';
import { copy } from './copy';
import { topicInSentence } from './labels';
import { loopName } from './loop-steps';

/**
 * The main loop's name ("the doom spiral"), or null before there is a map:
 * for other screens that refer to the loop, composed by the shell.
 */
export function useMainLoopName(): string | null {
  const maps = useMaps();
  const main = maps.data?.find((m) => m.isMain) ?? null;
  return main ? loopName(main, topicInSentence) : null;
}

/**
 * The home screen's card for the couple's loop, by its name ("the doom
 * spiral"), or an invitation to start mapping. Light on purpose: no Yjs.
 */
export function LoopCard() {
  const maps = useMaps();
  const client = useQueryClient();
  useLiveMessages((m) => {
    if (m.type === 'event' && /^map\.(created|renamed|main_changed)$/.test(m.event.type)) liveNews(client, mapListView.queryKey, m.event.seq);
  });
  if (maps.isPending || maps.isError) return null;
  const main = maps.data.find((m) => m.isMain) ?? null;
  if (!main) {
    return (
      <Card title={copy.home.startTitle} className="loop-card">
        <p>{copy.home.startBody}</p>
        <ButtonLink href="/map/start" block>
          {copy.home.start}
        </ButtonLink>
      </Card>
    );
  }
  const name = loopName(main, topicInSentence);
  return (
    <Card title={copy.home.title} className="loop-card">
      <p className="loop-card-name">{main.name ? copy.home.named({ loop: name }) : name}</p>
      <ButtonLink href="/map" variant="secondary" block>
        {copy.home.open}
      </ButtonLink>
    </Card>
  );
}
