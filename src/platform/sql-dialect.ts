// The two SQL databases Lede runs on: the one word storage and search both say which one they speak.

export type Dialect = 'sqlite' | 'postgres';
