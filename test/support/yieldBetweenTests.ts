// A test file of long synchronous tests (the adversarial inputs) never lets its worker's event loop turn: the runner
// awaits only microtasks between tests, so the reply to a progress message waits behind the next test, and after a
// minute the worker's RPC calls it a timeout. One turn of the loop after each test lets the replies in.
import { afterEach } from 'vitest';

afterEach(() => new Promise<void>((resolve) => setImmediate(resolve)));
