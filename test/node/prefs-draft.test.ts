import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as drafts from '../../src/components/contact-prefs-editor/prefs-draft.js';
import type { ContactMethod, ContactPreferences } from '../../src/domain/types.js';

const method = (id: string, type: ContactMethod['type'], value: string): ContactMethod => ({
  id, personId: 'p1', type, value, source: 'sis', confirmation: 'confirmed', health: 'ok', sharedAccountCount: 0, smsConsent: null,
});

const base: ContactPreferences = {
  personId: 'p1', version: 'v1', language: 'en', conversationChannel: null, canEdit: true, household: null,
  person: { id: 'p1', role: 'guardian', displayName: 'P One', active: true, language: 'en', linkedAccountIds: [] },
  methods: [method('m1', 'cellPhone', '+12015550101'), method('m2', 'email', 'p1@example.org'), method('m3', 'workPhone', '+12015550103')],
  preferences: [{ methodId: 'm1', reason: 'attendance', channel: 'voice', enabled: true }],
};

describe('prefs draft', () => {
  it('records only differences from the saved state', () => {
    const draft = drafts.emptyDraft();
    drafts.setSwitch(base, draft, { methodId: 'm1', reason: 'attendance', channel: 'voice', enabled: false });
    assert.equal(drafts.isDirty(draft), true);
    drafts.setSwitch(base, draft, { methodId: 'm1', reason: 'attendance', channel: 'voice', enabled: true });
    drafts.setLanguage(base, draft, 'en');
    assert.equal(drafts.isDirty(draft), false);
    assert.deepEqual(drafts.changeOf(draft), {});
  });

  it('builds the Save request: added, updated, removed, switches, language, channel', () => {
    const draft = drafts.emptyDraft();
    const clientId = drafts.addMethod(draft, 'homePhone', '+12015550199');
    drafts.setSwitch(base, draft, { methodId: clientId, reason: 'general', channel: 'voice', enabled: true });
    drafts.editMethod(base, draft, 'm2', 'email', 'new@example.org');
    drafts.removeMethod(draft, 'm3');
    drafts.setLanguage(base, draft, 'es');
    drafts.setConversationChannel(base, draft, 'inApp');
    assert.deepEqual(drafts.changeOf(draft), {
      methods: {
        added: [{ clientId, type: 'homePhone', value: '+12015550199' }],
        updated: [{ id: 'm2', type: 'email', value: 'new@example.org' }],
        removed: ['m3'],
      },
      preferences: [{ methodId: clientId, reason: 'general', channel: 'voice', enabled: true }],
      language: 'es',
      conversationChannel: 'inApp',
    });
  });

  it('removing a method drops its switch edits; a type change drops channels it cannot carry', () => {
    const draft = drafts.emptyDraft();
    drafts.setSwitch(base, draft, { methodId: 'm3', reason: 'general', channel: 'voice', enabled: true });
    drafts.removeMethod(draft, 'm3');
    assert.equal(draft.switches.size, 0);
    const clientId = drafts.addMethod(draft, 'cellPhone', '+12015550177');
    drafts.setSwitch(base, draft, { methodId: clientId, reason: 'general', channel: 'voice', enabled: true });
    drafts.editMethod(base, draft, clientId, 'secondaryEmail', 'x@example.org');
    assert.equal(draft.switches.size, 0);
  });

  it('re-applies every edit onto a newer saved state without losing what was typed', () => {
    const draft = drafts.emptyDraft();
    drafts.editMethod(base, draft, 'm3', 'workPhone', '+12015550111');
    drafts.setSwitch(base, draft, { methodId: 'm3', reason: 'general', channel: 'voice', enabled: true });
    drafts.setSwitch(base, draft, { methodId: 'm1', reason: 'behavior', channel: 'voice', enabled: true });
    drafts.setLanguage(base, draft, 'es');
    // Someone else removed the work phone and switched Behavior on already.
    const latest: ContactPreferences = {
      ...base,
      version: 'v2',
      methods: base.methods.filter((m) => m.id !== 'm3'),
      preferences: [...base.preferences, { methodId: 'm1', reason: 'behavior', channel: 'voice', enabled: true }],
    };
    const rebased = drafts.rebaseDraft(draft, latest);
    const change = drafts.changeOf(rebased);
    // The edit of the removed phone becomes an added phone with the typed number, its switch kept.
    assert.equal(change.methods?.added?.[0]?.value, '+12015550111');
    assert.deepEqual(change.preferences, [{ methodId: change.methods!.added![0]!.clientId, reason: 'general', channel: 'voice', enabled: true }]);
    assert.equal(change.language, 'es');
    assert.deepEqual(drafts.savedDifferences(base, latest).map((d) => d.kind).sort(), ['methodRemoved', 'switch']);
  });
});
