// How a repository that writes several statements runs them in one transaction: through the store's unit of work.

/** Runs fn with the repo in one transaction: the surrounding one, or a new one the store opens. */
export type Atomic<Repo> = <T>(fn: (repo: Repo) => Promise<T>) => Promise<T>;
