import { EventEmitter } from 'node:events';

/**
 * Wakes the /api/stream connections at once when this process has written events (other
 * processes' writes are found by polling the change log).
 */
export class ChangeNotifier {
  readonly #emitter = new EventEmitter().setMaxListeners(0);

  notify(): void {
    this.#emitter.emit('change');
  }

  subscribe(listener: () => void): () => void {
    this.#emitter.on('change', listener);
    return () => this.#emitter.off('change', listener);
  }

  /** Runs `listener` once when the server shuts down (open streams end themselves). */
  onShutdown(listener: () => void): () => void {
    this.#emitter.once('shutdown', listener);
    return () => this.#emitter.off('shutdown', listener);
  }

  close(): void {
    this.#emitter.emit('shutdown');
    this.#emitter.removeAllListeners();
  }
}
