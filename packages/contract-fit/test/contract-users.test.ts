/** Contract tests, Users and Roles, against Prism (HTTP Basic this time). */
import { describe, expect } from 'vitest';
import { contractSuite, ids } from './contract-support.js';

const { cf, contract, coverage } = contractSuite('contract-users.test.ts', {
  type: 'basic',
  username: 'ap.manager@example.com',
  password: 'correct-horse-battery-staple',
});

const user = { params: { path: { user_id: ids.user } } };
const role = { params: { path: { role_id: ids.adminRole } } };

describe('Users', () => {
  contract(
    'listUsers',
    () => cf.GET('/users'),
    (data) => expect(data[0]?.username).toBe('ap.manager@example.com'),
  );
  contract(
    'createUser',
    () =>
      cf.POST('/users', {
        body: {
          username: 'reviewer@example.com',
          active: true,
          password: 'a-long-initial-password',
          roles: [{ role: ids.reviewerRole, inbox: ids.inbox }],
        },
      }),
    (data, response) => {
      expect(response.status).toBe(201);
      expect(data).toMatchObject({ id: ids.user2, confirmed_at: null });
    },
  );
  contract(
    'getCurrentUser',
    () => cf.GET('/users/me'),
    (data) => expect(data.id).toBe(ids.user),
  );
  contract(
    'changePassword',
    () =>
      cf.POST('/users/me/change_password', {
        body: { old_password: 'a-long-initial-password', new_password: 'an-even-longer-new-password' },
      }),
    (_, response) => expect(response.status).toBe(204),
  );
  contract(
    'getUser',
    () => cf.GET('/users/{user_id}', user),
    (data) => expect(data.roles.map((r) => r.role)).toContain(ids.adminRole),
  );
  contract(
    'updateUser',
    () =>
      cf.PATCH('/users/{user_id}', {
        ...user,
        body: { roles: [{ role: ids.adminRole }, { role: ids.reviewerRole, inbox: ids.inbox }] },
      }),
    (data) => expect(data.active).toBe(true),
  );
  contract(
    'deleteUser',
    () => cf.DELETE('/users/{user_id}', user),
    (_, response) => expect(response.status).toBe(204),
  );
});

describe('Roles', () => {
  contract(
    'listRoles',
    () => cf.GET('/roles'),
    (data) => expect(data.map((r) => r.name)).toContain('Administrator'),
  );
  contract(
    'createRole',
    () =>
      cf.POST('/roles', {
        body: {
          name: 'Reviewer',
          permissions: { upload: true, review: true, submit: true, view_list: true },
        },
      }),
    (data) => expect(data.permissions.edit_users).toBe(false),
  );
  contract(
    'getRole',
    () => cf.GET('/roles/{role_id}', role),
    (data) => expect(data.permissions.review).toBe(true),
  );
  contract(
    'updateRole',
    () => cf.PATCH('/roles/{role_id}', { ...role, body: { permissions: { upload: false } } }),
    (data) => expect(data.permissions.upload).toBe(false),
  );
  contract(
    'deleteRole',
    () => cf.DELETE('/roles/{role_id}', role),
    (_, response) => expect(response.status).toBe(204),
  );
});

coverage();
