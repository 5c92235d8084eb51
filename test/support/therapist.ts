import { randomUUID } from 'node:crypto';
import { TestClient } from './client';
import type { TestApp } from './test-app';
import type { ConsentScope } from '../../src/core/therapist-scope';

/**
 * Therapists and their links for tests that are not about connecting (the desk, homework, the
 * private channel): written straight to the tables the therapist feature's own routes write,
 * so those tests do not depend on the connect flow. The connect flow has its own tests.
 */

/** A signed-in therapist account named `name`. */
export async function therapistOn(app: TestApp, name: string): Promise<TestClient> {
  const client = new TestClient(app.url);
  await client.signup(`${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${randomUUID()}@example.test`, name);
  await app.db.query(`update users set kind = 'therapist' where id = $1`, [client.userId]);
  await app.db.query(`insert into therapist_profiles (user_id, practice, contact) values ($1, $2, $3)`, [client.userId, `${name}'s practice`, 'office@example.test']);
  await client.refreshSession();
  return client;
}

/** Connects `therapist` to the space `coupleId`; returns the link's id. */
export async function connectTherapist(app: TestApp, therapist: TestClient, coupleId: string): Promise<string> {
  const [row] = await app.db.query<{ id: string }>(`insert into therapist_links (couple_id, therapist_id) values ($1, $2) returning id`, [coupleId, therapist.userId]);
  return row!.id;
}

/** `partner` grants (or withdraws) `scopes` on the link, as the consent screen would. */
export async function consentTo(app: TestApp, linkId: string, partner: TestClient, scopes: ConsentScope[], granted = true, subjectId: string | null = null): Promise<void> {
  for (const scope of scopes) {
    await app.db.query(
      `insert into therapist_consents (link_id, couple_id, user_id, scope, subject_id, granted)
       select id, couple_id, $2, $3, $4, $5 from therapist_links where id = $1`,
      [linkId, partner.userId, scope, subjectId, granted],
    );
  }
}
