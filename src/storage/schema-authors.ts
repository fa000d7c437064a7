// Table types of author profiles and a story's authors (migration 0017).

/** An author's name and bio as one edition writes them. */
export interface AuthorNameTable {
  author_id: number;
  edition: string;
  name: string;
  name_key: string;
  bio: string;
}

/** The authors of a story, in byline order (position 0 is story.author_id). */
export interface StoryAuthorTable {
  story_id: number;
  author_id: number;
  position: number;
  /** The story's publication time, kept on write (0025): an author's list walks these rows. */
  published_at: string | null;
}
