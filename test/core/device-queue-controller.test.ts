// This file imports nothing of the queue itself (core/device-queue*.ts beyond the controller's own), so it can tell
// when the controller loads the queue's code.
import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DeviceQueueController } from '../../src/core/device-queue-controller.js';
import { mayHoldWrites } from '../../src/core/device-queue-hint.js';
import { PENDING_WRITES_KEY } from '../../src/core/tags.js';

const queueLoaded = () =>
  performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.endsWith('/src/core/device-queue.ts'));

function host(): ReactiveControllerHost & { controllers: ReactiveController[] } {
  const controllers: ReactiveController[] = [];
  return {
    controllers,
    addController: (c) => controllers.push(c),
    removeController: () => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
  };
}

describe('DeviceQueueController', () => {
  it('reads the stored hint to tell whether writes may be waiting on this device', () => {
    localStorage.removeItem(PENDING_WRITES_KEY);
    expect(mayHoldWrites()).to.equal(false);
    localStorage.setItem(PENDING_WRITES_KEY, '1');
    expect(mayHoldWrites()).to.equal(true);
    localStorage.removeItem(PENDING_WRITES_KEY);
  });

  it("loads the queue's code only at a submit when no write is pending, then sends through it", async () => {
    localStorage.removeItem(PENDING_WRITES_KEY);
    const sent: string[] = [];
    const h = host();
    const queue = new DeviceQueueController<{ n: number }, { id: string }>(h, {
      kind: 'controller-test',
      send: (_payload, key) => (sent.push(key), Promise.resolve({ id: key })),
      backendRef: () => `test ${Date.now()}`,
      eager: true,
    });
    queue.hostConnected();
    queue.hostUpdated();
    expect(queue.backendRef).to.be.a('string');
    expect(await queue.queued()).to.deep.equal([]);
    queue.retryNow();
    await new Promise((r) => setTimeout(r, 100));
    expect(queueLoaded(), 'loaded before any write').to.equal(false);

    const outcome = await queue.submit({ n: 1 }, 'key-1');
    expect(outcome).to.deep.equal({ status: 'sent', result: { id: 'key-1' } });
    expect(sent).to.deep.equal(['key-1']);
    expect(queueLoaded(), 'loaded at the submit').to.equal(true);
    // Once the page uses the queue, later elements replay at once.
    expect(mayHoldWrites()).to.equal(true);
    queue.hostDisconnected();
  });
});
