// The organizers' part of the store contract (server/store/forumStore.ts, rules F1-F7), run by
// describeStoreContract against every engine. Each test names the rules it checks.
import { afterEach, describe, expect, it } from 'vitest';
import type { ForumRecord, ForumSessionRecord, OrganizerRecord } from '../../../../server/store/forumStore.js';
import type { SessionStore } from '../../../../server/store/sessionStore.js';
import type { ForumSettings } from '../../../../shared/forum.js';
import { T0 } from '../../../helpers/domain.js';
import type { ContractOptions, StoreUnderTest } from './storeContract.js';

const organizer = (id: string, email = `${id}@example.org`): OrganizerRecord => ({
  id,
  email,
  passwordHash: `scrypt$${id}`,
  createdAt: T0,
});

const settings = (name: string): ForumSettings => ({
  name,
  city: 'Bordeaux',
  startDate: '2026-10-01',
  endDate: '2026-10-03',
  timeZone: 'Europe/Paris',
  theme: 'Économie sociale',
  language: 'fr',
  identity: 'named',
  logo: '',
  privacy: { fr: 'Vos données', en: 'Your data', es: 'Sus datos' },
  retentionDays: 30,
});

const forum = (id: string, createdAt = T0): ForumRecord => ({ id, createdAt, settings: settings(`Forum ${id}`) });

const forumSession = (forumId: string, code: string, addedAt = T0): ForumSessionRecord => ({
  forumId,
  code,
  addedAt,
  links: { moderator: `m-${code}`, rapporteur: `r-${code}`, projector: `p-${code}`, speaker: `s-${code}` },
});

export function describeForumContract(
  name: string,
  makeStore: () => Promise<StoreUnderTest>,
  opts: ContractOptions,
): void {
  describe(`ForumStore contract: ${name}`, () => {
    let opened: SessionStore[] = [];
    let current: StoreUnderTest | undefined;
    const fresh = async () => {
      current = await makeStore();
      opened.push(current.store);
      return current.store;
    };
    const again = async () => {
      const s = await current!.reopen!();
      opened.push(s);
      return s;
    };
    afterEach(async () => {
      for (const s of opened) await s.close().catch(() => {});
      opened = [];
      await current?.cleanup?.();
      current = undefined;
    });

    it('F1: organizers are created once per address, read by id and address, counted', async () => {
      const s = await fresh();
      expect(await s.countOrganizers()).toBe(0);
      expect(await s.createOrganizer(organizer('o1'))).toBe(true);
      expect(await s.createOrganizer({ ...organizer('o2'), email: 'o1@example.org' })).toBe(false);
      expect(await s.createOrganizer(organizer('o1', 'other@example.org'))).toBe(false);
      expect(await s.getOrganizer('o2')).toBeUndefined();
      expect(await s.countOrganizers()).toBe(1);
      expect(await s.getOrganizer('o1')).toEqual(organizer('o1'));
      expect(await s.getOrganizerByEmail('o1@example.org')).toEqual(organizer('o1'));
      expect(await s.getOrganizerByEmail('nobody@example.org')).toBeUndefined();
      await s.setOrganizerPassword('o1', 'scrypt$new');
      expect((await s.getOrganizer('o1'))?.passwordHash).toBe('scrypt$new');
    });

    it('F2: logins by token hash; a password change keeps only the current one', async () => {
      const s = await fresh();
      await s.createOrganizer(organizer('o1'));
      await s.createOrganizer(organizer('o2'));
      const login = (h: string, who: string) => ({
        tokenHash: h,
        organizerId: who,
        createdAt: T0,
        expiresAt: T0 + 1000,
      });
      for (const [h, who] of [
        ['h1', 'o1'],
        ['h2', 'o1'],
        ['h3', 'o1'],
        ['h4', 'o2'],
      ] as const)
        await s.createLogin(login(h, who));
      expect(await s.getLogin('h1')).toEqual(login('h1', 'o1'));
      await s.deleteLogin('h1');
      expect(await s.getLogin('h1')).toBeUndefined();
      await s.deleteLogins('o1', 'h2');
      expect(await s.getLogin('h2')).toEqual(login('h2', 'o1'));
      expect(await s.getLogin('h3')).toBeUndefined();
      expect(await s.getLogin('h4')).toEqual(login('h4', 'o2'));
      await s.deleteLogins('o1');
      expect(await s.getLogin('h2')).toBeUndefined();
    });

    it('F3, F4: forums with their organizers; each organizer sees only their own', async () => {
      const s = await fresh();
      for (const id of ['o1', 'o2', 'o3']) await s.createOrganizer(organizer(id));
      await s.createForum(forum('f1'), 'o1');
      await s.createForum(forum('f2', T0 + 1), 'o2');
      expect(await s.listForumsOf('o1')).toEqual([forum('f1')]);
      expect(await s.listForumsOf('o3')).toEqual([]);
      expect(await s.listForums()).toEqual([forum('f1'), forum('f2', T0 + 1)]);
      expect(await s.isForumMember('f1', 'o2')).toBe(false);
      expect(await s.addForumMember('f1', 'o2')).toBe(true);
      expect(await s.addForumMember('f1', 'o2')).toBe(false);
      await expect(s.addForumMember('nope', 'o2')).rejects.toThrow(/unknown forum/);
      expect(await s.isForumMember('f1', 'o2')).toBe(true);
      expect(await s.listForumsOf('o2')).toEqual([forum('f1'), forum('f2', T0 + 1)]);
      expect((await s.listForumMembers('f1')).map((o) => o.id)).toEqual(['o1', 'o2']);
      const changed = { ...settings('Renamed'), retentionDays: null };
      expect(await s.updateForum('f1', changed)).toBe(true);
      expect(await s.updateForum('nope', changed)).toBe(false);
      expect((await s.getForum('f1'))?.settings).toEqual(changed);
      expect(await s.getForum('nope')).toBeUndefined();
    });

    it('F3, F5: forum sessions keep their links; one forum per session; deleting a forum answers its codes', async () => {
      const s = await fresh();
      await s.createOrganizer(organizer('o1'));
      await s.createForum(forum('f1'), 'o1');
      await s.createForum(forum('f2'), 'o1');
      expect(await s.addForumSession(forumSession('f1', 'BBB222', T0 + 2))).toBe(true);
      expect(await s.addForumSession(forumSession('f1', 'AAA222', T0 + 1))).toBe(true);
      expect(await s.addForumSession(forumSession('f2', 'AAA222'))).toBe(false);
      expect(await s.addForumSession(forumSession('f2', 'CCC222'))).toBe(true);
      await expect(s.addForumSession(forumSession('nope', 'DDD222'))).rejects.toThrow(/unknown forum/);
      expect(await s.listForumSessions('f1')).toEqual([
        forumSession('f1', 'AAA222', T0 + 1),
        forumSession('f1', 'BBB222', T0 + 2),
      ]);
      expect(await s.getForumSession('CCC222')).toEqual(forumSession('f2', 'CCC222'));
      expect(await s.markErased('AAA222', T0 + 9)).toBe(true);
      expect(await s.markErased('AAA222', T0 + 10)).toBe(false);
      expect(await s.markErased('ZZZ222', T0 + 10)).toBe(false);
      expect((await s.getForumSession('AAA222'))?.erasedAt).toBe(T0 + 9);
      // A rotated staff link replaces the stored one; a session outside forums has none to replace.
      const rotated = { ...forumSession('f1', 'BBB222').links, rapporteur: 'newRapporteurKey' };
      expect(await s.setForumSessionLinks('BBB222', rotated)).toBe(true);
      expect((await s.getForumSession('BBB222'))?.links).toEqual(rotated);
      expect(await s.setForumSessionLinks('ZZZ222', rotated)).toBe(false);
      await s.createInvite({ tokenHash: 'i1', forumId: 'f1', createdBy: 'o1', expiresAt: T0 + 100 });
      expect(await s.deleteForum('f1')).toEqual(['AAA222', 'BBB222']);
      expect(await s.getForum('f1')).toBeUndefined();
      expect(await s.getForumSession('AAA222')).toBeUndefined();
      expect(await s.listForumsOf('o1')).toEqual([forum('f2')]);
      expect(await s.takeInvite('i1', T0)).toBeUndefined();
      expect(await s.listForumSessions('f2')).toEqual([forumSession('f2', 'CCC222')]);
    });

    it('F6: an invitation is taken once, and not after it expired', async () => {
      const s = await fresh();
      await s.createOrganizer(organizer('o1'));
      await s.createForum(forum('f1'), 'o1');
      await s.createInvite({ tokenHash: 'i1', forumId: 'f1', createdBy: 'o1', expiresAt: T0 + 100 });
      await s.createInvite({ tokenHash: 'i2', forumId: 'f1', createdBy: 'o1', expiresAt: T0 + 100 });
      const takes = await Promise.all([s.takeInvite('i1', T0), s.takeInvite('i1', T0)]);
      expect(takes.filter((t) => t === 'f1')).toHaveLength(1);
      expect(await s.takeInvite('i1', T0)).toBeUndefined();
      expect(await s.takeInvite('i2', T0 + 100)).toBeUndefined();
      expect(await s.takeInvite('nope', T0)).toBeUndefined();
    });

    it('F7: values are copies; a closed store rejects', async () => {
      const s = await fresh();
      const o = organizer('o1');
      await s.createOrganizer(o);
      o.email = 'changed@example.org';
      const f = forum('f1');
      await s.createForum(f, 'o1');
      f.settings.name = 'changed';
      const read = await s.getForum('f1');
      read!.settings.privacy.fr = 'changed';
      expect(await s.getForum('f1')).toEqual(forum('f1'));
      expect(await s.getOrganizer('o1')).toEqual(organizer('o1'));
      await s.close();
      await expect(s.countOrganizers()).rejects.toThrow(/closed/);
    });

    if (opts.durable)
      it('F1-F5: everything is still there after a restart', async () => {
        const s = await fresh();
        await s.createOrganizer(organizer('o1'));
        await s.createForum(forum('f1'), 'o1');
        await s.addForumSession(forumSession('f1', 'AAA222'));
        await s.createLogin({ tokenHash: 'h1', organizerId: 'o1', createdAt: T0, expiresAt: T0 + 5 });
        await s.close();
        const t = await again();
        expect(await t.getOrganizerByEmail('o1@example.org')).toEqual(organizer('o1'));
        expect(await t.listForumsOf('o1')).toEqual([forum('f1')]);
        expect(await t.listForumSessions('f1')).toEqual([forumSession('f1', 'AAA222')]);
        expect((await t.getLogin('h1'))?.expiresAt).toBe(T0 + 5);
      });
  });
}
