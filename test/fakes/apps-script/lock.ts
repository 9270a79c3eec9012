/**
 * `LockService`. The fake runs one execution at a time, so a lock is free unless the test says
 * another execution holds it (`fake.locks.elsewhere.add('document')`); then `tryLock` returns
 * false and `waitLock` throws Apps Script's timeout error at once (no real waiting).
 */
import type { FakeEnv } from './env.js';

export type LockScope = 'document' | 'script' | 'user';

/** Host-side lock state: which locks this execution holds and which another one holds. */
export class LockBoard {
  readonly held = new Set<LockScope>();
  readonly elsewhere = new Set<LockScope>();
}

export class Lock {
  constructor(private readonly env: FakeEnv, private readonly board: LockBoard, private readonly scope: LockScope) {
    return env.count(this, 'Lock');
  }

  tryLock(_timeoutInMillis: number): boolean {
    if (this.board.elsewhere.has(this.scope)) return false;
    this.board.held.add(this.scope);
    return true;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) {
      throw this.env.exception('Lock timeout: another process was holding the lock for too long.');
    }
  }

  hasLock(): boolean {
    return this.board.held.has(this.scope);
  }

  releaseLock(): void {
    this.board.held.delete(this.scope);
  }
}

export class LockService {
  constructor(private readonly env: FakeEnv, private readonly board: LockBoard) {
    return env.count(this, 'LockService');
  }

  getDocumentLock(): Lock { return new Lock(this.env, this.board, 'document'); }
  getScriptLock(): Lock { return new Lock(this.env, this.board, 'script'); }
  getUserLock(): Lock { return new Lock(this.env, this.board, 'user'); }
}
