/** A tiny external store for the annotator's React tree (read with useSyncExternalStore). */
export class Store<State> {
  private listeners = new Set<() => void>();

  constructor(private state: State) {}

  get = (): State => this.state;

  set(patch: Partial<State>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
