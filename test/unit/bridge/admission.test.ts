import { describe, expect, test } from '@jest/globals';
import { initializeRefusal } from '../../../src/bridge/admission.js';

const init = (id: number) => ({ jsonrpc: '2.0', id, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'x', version: '1' } } });
const BOTH = 'application/json, text/event-stream';

describe('initializeRefusal: what the SDK would refuse, known before a process is spawned', () => {
  test.each([
    ['Accept without text/event-stream', { accept: 'application/json', 'content-type': 'application/json' }, init(1), 406],
    ['no Accept', { 'content-type': 'application/json' }, init(1), 406],
    ['Content-Type text/plain', { accept: BOTH, 'content-type': 'text/plain' }, init(1), 415],
    ['a JSON media type only as a parameter', { accept: BOTH, 'content-type': 'text/plain; a=application/json' }, init(1), 415],
    ['no Content-Type', { accept: BOTH }, init(1), 415],
    ['two initializes in one batch', { accept: BOTH, 'content-type': 'application/json' }, [init(1), init(2)], 400],
  ])('refuses %s', (_name, headers, body, status) => {
    expect(initializeRefusal(headers, body)?.status).toBe(status);
  });

  test.each([
    ['a plain initialize', { accept: BOTH, 'content-type': 'application/json' }, init(1)],
    ['a charset parameter', { accept: 'text/event-stream, application/json', 'content-type': 'application/json; charset=utf-8' }, init(1)],
    ['a batch of one initialize', { accept: BOTH, 'content-type': 'application/json' }, [init(1)]],
  ])('lets through %s', (_name, headers, body) => {
    expect(initializeRefusal(headers, body)).toBeUndefined();
  });
});
