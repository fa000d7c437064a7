// One story in a list: its picture when it has one, rubric, headline with its type label, date and time, optionally the lead.

import type { Edition } from '../../domain/editions.js';
import type { StoryCardView } from '../view-models.js';
import { DateTime } from './date-time.js';
import { Picture } from './picture.js';
import { TypeLabel } from './type-label.js';

export interface StoryCardProps {
  story: StoryCardView;
  edition: Edition;
  /** Heading level of the headline inside the page outline. */
  level?: 2 | 3;
  size?: 'big' | 'normal' | 'compact';
  showLead?: boolean;
  showRubric?: boolean;
  /** Show the story's picture (when it has one); false for headline-only lists. */
  showPicture?: boolean;
}

export function StoryCard(props: StoryCardProps) {
  const { story, edition, level = 3, size = 'normal', showLead = false, showRubric = true } = props;
  const Heading = level === 2 ? 'h2' : 'h3';
  const picture = props.showPicture !== false ? story.picture : undefined;
  return (
    <article class={`card card-${size}${picture ? ' has-picture' : ''}`} data-story={story.id}>
      {picture && (
        <div class="card-media">
          <Picture picture={picture} class="card-picture" />
        </div>
      )}
      {showRubric && story.rubric && (
        <a class="kicker" href={story.rubric.url}>
          {story.rubric.name}
        </a>
      )}
      <Heading class="card-title">
        <a href={story.url}>
          {story.title}
          <TypeLabel label={story.typeLabel} type={story.type} />
        </a>
      </Heading>
      <DateTime
        iso={story.publishedAt}
        edition={edition}
        class="card-time"
        {...(story.dateOnly ? { dateOnly: true } : {})}
      />
      {showLead && story.lead.trim() && <p class="card-lead">{story.lead}</p>}
    </article>
  );
}
