import type { PauseView } from './api';
import { copy } from './copy';

/** The facts of a pause in one short block: length, where, and how we come back. */
export function PauseDetails({ pause }: { pause: PauseView }) {
  return (
    <dl className="pause-facts">
      <div>
        <dt>{copy.facts.length}</dt>
        <dd>{copy.minutes({ minutes: pause.minutes })}</dd>
      </div>
      <div>
        <dt>{copy.facts.where}</dt>
        <dd>{copy.whereOption[pause.where]}</dd>
      </div>
      <div>
        <dt>{copy.facts.afterwards}</dt>
        <dd>{copy.returnOption[pause.returnPlan]}</dd>
      </div>
    </dl>
  );
}

/** Someone's tether, shown as their words (nothing when they chose none). */
export function Tether({ title, text }: { title: string; text: string | null }) {
  if (!text) return null;
  return (
    <figure className="tether-quote">
      <figcaption className="tether-quote-title">{title}</figcaption>
      <blockquote>
        <p>{text}</p>
      </blockquote>
    </figure>
  );
}
