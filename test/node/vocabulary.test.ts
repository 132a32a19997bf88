import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CONTACT_METHOD_TYPES, channelsForType, isPhoneType } from '../../src/domain/vocabulary.js';

describe('vocabulary', () => {
  it('gives phones voice and text, emails email', () => {
    for (const type of CONTACT_METHOD_TYPES) {
      assert.deepEqual(channelsForType(type), isPhoneType(type) ? ['voice', 'text'] : ['email']);
    }
  });
});
