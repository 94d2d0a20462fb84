/**
 * Type-check cost of a file that uses the client: it imports the package (its published .d.ts,
 * as a user would) and calls twelve operations, each with its parameters or body, unwrapping
 * every result. contract-fit-baseline.ts is the same file without the calls. See README.md.
 */
import { createContractFitClient, unwrap } from '@kybkit/contract-fit';

const cf = createContractFitClient({
  baseUrl: 'https://cfportal.contract-p.fit/api',
  auth: { type: 'token', username: 'user', password: 'password' },
});
const inbox_id = '5f1a2b3c4d5e6f7a8b9c0d1e';
const document_id = '6a1b2c3d4e5f6a7b8c9d0e1f';

export async function dozen(): Promise<unknown[]> {
  const inboxes = unwrap(await cf.GET('/inboxes'));
  const inbox = unwrap(await cf.GET('/inboxes/{inbox_id}', { params: { path: { inbox_id } } }));
  const created = unwrap(await cf.POST('/inboxes', { body: { name: 'Invoices', project: inbox.project } }));
  const renamed = unwrap(
    await cf.PATCH('/inboxes/{inbox_id}', {
      params: { path: { inbox_id } },
      body: { name: 'Invoices 2027' },
    }),
  );
  const document = unwrap(await cf.GET('/documents/{id}', { params: { path: { id: document_id } } }));
  const page = unwrap(
    await cf.GET('/inboxes/{inbox_id}/paginated', {
      params: { path: { inbox_id }, query: { page: 1, per_page: 50 } },
    }),
  );
  const text = unwrap(await cf.GET('/documents/{document_id}/text', { params: { path: { document_id } } }));
  const reprocessed = unwrap(
    await cf.POST('/documents/{document_id}/reprocess', {
      params: { path: { document_id }, query: { name: 'second-pass', reviewer: 'Human' } },
    }),
  );
  const users = unwrap(await cf.GET('/users'));
  const role = unwrap(
    await cf.POST('/roles', { body: { name: 'Reviewer', permissions: { review: true, upload: true } } }),
  );
  const usage = unwrap(
    await cf.GET('/stats/usage', {
      params: { query: { start_date: '2026-11-01T00:00:00Z', end_date: '2026-12-01T00:00:00Z' } },
    }),
  );
  const token = unwrap(
    await cf.POST('/auth/token', { body: { username: 'user', roles: [{ role: role.id }] } }),
  );
  return [
    inboxes.length,
    created.id,
    renamed.name,
    document.prediction,
    page.total,
    text.text,
    reprocessed.last_version,
    users[0]?.username,
    usage,
    token.authentication_token,
  ];
}
