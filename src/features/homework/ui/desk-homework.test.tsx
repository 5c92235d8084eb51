import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DeskAssignmentsView, LibraryView } from '../contract';
import { homeworkCopy as c } from '../copy';
import { PRACTICES } from '../library';
import { homeworkKeys } from './api';
import { DeskHomework } from './desk-homework';

const COUPLE = '00000000-0000-4000-8000-000000000001';

function shown(view: DeskAssignmentsView): string {
  const client = new QueryClient();
  client.setQueryData<LibraryView>(['homework', 'library'], { practices: PRACTICES.map((p) => ({ ...p })) });
  client.setQueryData(homeworkKeys.desk(COUPLE), view);
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <DeskHomework coupleId={COUPLE} />
    </QueryClientProvider>,
  );
}

const assignment = { id: '00000000-0000-4000-8000-000000000002', practiceKey: 'evening-ritual', title: 'One small ritual every evening', note: 'Tea together', dueOn: '2026-12-11', assignedAt: '2026-12-03T10:00:00.000Z' };

describe('the desk’s homework pieces', () => {
  it('offers every practice of the library, a note and a suggested day', () => {
    const html = shown({ assignments: [], progressShared: false, checkinBeforeSession: false });
    for (const p of PRACTICES) expect(html).toContain(p.title);
    expect(html).toContain(c.desk.assignTitle);
    expect(html).toContain(c.desk.note);
    expect(html).toContain('type="date"');
    expect(html).toContain(c.desk.none);
  });

  it('shows who tried it and how it went only when the couple share their progress', () => {
    const without = shown({ assignments: [{ ...assignment, progress: null }], progressShared: false, checkinBeforeSession: true });
    expect(without).toContain(c.desk.noProgress);
    expect(without).toContain('checked=""');
    expect(without).toContain(`aria-label="${c.desk.remove({ title: assignment.title })}"`);
    const withProgress = shown({
      progressShared: true,
      checkinBeforeSession: false,
      assignments: [
        {
          ...assignment,
          progress: [
            { partnerId: '00000000-0000-4000-8000-00000000000a', firstName: 'Alex', reply: { done: true, howItWent: 'calmer', at: '2026-12-04T10:00:00.000Z' } },
            { partnerId: '00000000-0000-4000-8000-00000000000b', firstName: 'Sam', reply: null },
          ],
        },
      ],
    });
    expect(withProgress).toContain(c.desk.tried({ name: 'Alex' }));
    expect(withProgress).toContain('calmer');
    expect(withProgress).toContain(c.desk.noReply({ name: 'Sam' }));
    expect(withProgress).not.toContain(c.desk.noProgress);
  });
});
