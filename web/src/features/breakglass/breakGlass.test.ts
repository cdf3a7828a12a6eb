import { describe, expect, it } from 'vitest';
import { ROLES } from '@hearth/core';
import { breakGlassHeaders } from '../../api/hearth.ts';
import { BREAK_GLASS_MIN_REASON, canBreakGlass, checkReason } from './breakGlass.ts';

describe('breaking the glass', () => {
  it('is offered to judges, supervisors and agency attorneys only', () => {
    expect(ROLES.filter((r) => canBreakGlass([r]))).toEqual(['judge', 'supervisor', 'agency_attorney']);
  });

  it('asks for a reason of at least 10 characters once trimmed, as the server counts', () => {
    expect(BREAK_GLASS_MIN_REASON).toBe(10);
    expect(checkReason('   too short   ')).toEqual({ ok: false, problem: 'tooShort' });
    expect(checkReason('123456789')).toEqual({ ok: false, problem: 'tooShort' });
    expect(checkReason('  Covering a hearing today  ')).toEqual({
      ok: true,
      reason: 'Covering a hearing today',
    });
  });

  it('sends the reason URI-encoded, so that accents travel in a header', () => {
    expect(breakGlassHeaders('Audiencia del niño')).toEqual({
      'x-break-glass-reason': 'Audiencia%20del%20ni%C3%B1o',
    });
    expect(breakGlassHeaders(null)).toBeUndefined();
  });
});
