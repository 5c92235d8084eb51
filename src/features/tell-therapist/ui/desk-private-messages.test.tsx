import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DeskMessagesView } from '../contract';
import { tellCopy as c } from '../copy';
import { DeskPrivateMessages } from './desk-private-messages';

const COUPLE = '00000000-0000-4000-8000-000000000001';

function shown(view: DeskMessagesView): string {
  const client = new QueryClient();
  client.setQueryData(['tell-therapist', 'desk', COUPLE], view);
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <DeskPrivateMessages coupleId={COUPLE} />
    </QueryClientProvider>,
  );
}

describe('the desk’s private messages', () => {
  it('shows the sender’s first name, the words and the safety answers in plain words', () => {
    const html = shown({
      messages: [
        { id: '00000000-0000-4000-8000-000000000002', senderFirstName: 'Alex', createdAt: '2026-12-03T10:00:00.000Z', text: 'Evenings are hard', safetyAnswers: [{ question: 'Do you ever feel afraid?', answer: 'Sometimes' }] },
      ],
    });
    expect(html).toContain(c.desk.title);
    expect(html).toContain('From Alex');
    expect(html).toContain('Evenings are hard');
    expect(html).toContain(c.desk.safetyAnswers);
    expect(html).toContain('<dd>Sometimes</dd>');
  });

  it('says so calmly when there is nothing', () => {
    expect(shown({ messages: [] })).toContain(c.desk.none);
  });
});
