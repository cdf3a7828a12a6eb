import { describe, expect, it } from 'vitest';
import type { VoiceHearing } from '../../api/types.ts';
import {
  canSend,
  canSubmit,
  focusHearing,
  paragraphsOf,
  planBody,
  planProblem,
  reportFieldsOf,
  toggleAudience,
  voiceReaderOf,
} from './voiceModel.ts';

describe('who a voice page is for', () => {
  it.each([
    [['youth'], 'self'],
    [['caregiver'], 'caregiver'],
    [['judge'], 'other'],
    [['guardian_ad_litem'], 'other'],
    [['court_clerk'], 'other'],
    [['cqi_analyst'], null],
    [['administrator'], null],
  ] as const)('%j → %s', (roles, reader) => {
    expect(voiceReaderOf(roles)).toBe(reader);
  });
});

describe('choosing who else reads a statement', () => {
  it('keeps one fixed order, each once', () => {
    expect(toggleAudience([], 'parents', true)).toEqual(['parents']);
    expect(toggleAudience(['parents'], 'casa', true)).toEqual(['casa', 'parents']);
    expect(toggleAudience(['casa', 'parents'], 'casa', true)).toEqual(['casa', 'parents']);
    expect(toggleAudience(['casa', 'parents'], 'parents', false)).toEqual(['casa']);
  });
});

describe('the hearing to write for', () => {
  const h = (id: string, open: boolean) => ({ hearingId: id, open }) as VoiceHearing;
  it('is the soonest open one, else the soonest', () => {
    expect(focusHearing([h('a', false), h('b', true), h('c', true)])?.hearingId).toBe('b');
    expect(focusHearing([h('a', false)])?.hearingId).toBe('a');
    expect(focusHearing([])).toBeNull();
  });
});

describe('what may be sent', () => {
  it('sends a statement that says something', () => {
    expect(canSend('   ')).toBe(false);
    expect(canSend('Hi judge')).toBe(true);
  });

  it('asks for a reason only when the youth is excused', () => {
    expect(planProblem('', '')).toBe('choose');
    expect(planProblem('excused', '  ')).toBe('reason');
    expect(planProblem('excused', 'Exams')).toBeNull();
    expect(planProblem('remote', '')).toBeNull();
    expect(planBody('remote', 'left over')).toEqual({ attendance: 'remote' });
    expect(planBody('excused', ' Exams ')).toEqual({ attendance: 'excused', reason: 'Exams' });
  });

  it('starts a report from the draft, and sends one with an answer', () => {
    const empty = reportFieldsOf(null);
    expect(canSubmit(empty)).toBe(false);
    expect(canSubmit({ ...empty, needs: 'Glasses' })).toBe(true);
  });

  it('keeps the youth’s paragraphs as they wrote them', () => {
    expect(paragraphsOf('I like school.\n\n\nI miss my sister.\n')).toEqual([
      'I like school.',
      'I miss my sister.',
    ]);
    expect(paragraphsOf('  ')).toEqual([]);
  });
});
