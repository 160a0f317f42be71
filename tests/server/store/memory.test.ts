// The SessionStore contract on the in-memory engine.
import { createMemorySessionStore } from '../../../server/store/memorySessionStore.js';
import { describeStoreContract } from './contract/storeContract.js';

describeStoreContract('memory', async () => ({ store: createMemorySessionStore() }), {
  durable: false,
  sharedDoorbell: false,
});
