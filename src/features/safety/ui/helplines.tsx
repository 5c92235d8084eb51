import { useId } from 'react';
import { currentLocale } from '../../../core/i18n/messages';
import { dialable, HELPLINE_DIRECTORY, HELPLINES, helpFor, type CountryHelp, type Helpline } from '../helplines';
import { ELSEWHERE } from '../region';
import { helplinesCopy as c } from '../copy';
import { useRegion } from './region';
import './helplines.css';

/** A listed country's name in the page's language (Intl), or as the list spells it where Intl has none. */
export function countryName(country: CountryHelp): string {
  try {
    const name = new Intl.DisplayNames([currentLocale()], { type: 'region' }).of(country.code);
    return name && name !== country.code ? name : country.name;
  } catch {
    return country.name;
  }
}

/** The listed countries by name, as the page's language names and sorts them. */
function byName(): Array<{ country: CountryHelp; name: string }> {
  const locale = currentLocale();
  return HELPLINES.map((country) => ({ country, name: countryName(country) })).sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** The listed country the person said they are in, if they said one. */
export function useChosenCountry(): CountryHelp | undefined {
  const [region] = useRegion();
  return region && region !== ELSEWHERE ? helpFor(region) : undefined;
}

/** "Where are you?": the person's answer, kept on this device only. */
export function RegionPicker() {
  const id = useId();
  const [region, setRegion] = useRegion();
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {c.whereLabel}
      </label>
      <p id={`${id}-hint`} className="field-hint">
        {c.whereHint}
      </p>
      <select id={id} className="field-input" aria-describedby={`${id}-hint`} value={region ?? ''} onChange={(e) => setRegion(e.target.value || null)}>
        <option value="">{c.chooseCountry}</option>
        {byName().map(({ country, name }) => (
          <option key={country.code} value={country.code}>
            {name}
          </option>
        ))}
        <option value={ELSEWHERE}>{c.elsewhere}</option>
      </select>
    </div>
  );
}

/** A tap-to-call button for a country's emergency number. */
export function EmergencyCall({ code }: { code: string }) {
  const country = helpFor(code);
  if (!country) return null;
  return (
    <a className="btn btn-primary btn-block helpline-emergency" href={`tel:${dialable(country.emergency)}`}>
      {c.emergency({ number: country.emergency })}
    </a>
  );
}

/** One country's lines, phone first, in the list's order. */
export function HelplinesFor({ code, headingLevel = 3 }: { code: string; headingLevel?: 3 | 4 }) {
  const country = helpFor(code);
  if (!country) return null;
  return (
    <ul className="helplines" aria-label={c.listLabel({ country: countryName(country) })}>
      {country.lines.map((line) => (
        <HelplineItem key={line.name} line={line} headingLevel={headingLevel} />
      ))}
    </ul>
  );
}

function HelplineItem({ line, headingLevel }: { line: Helpline; headingLevel: 3 | 4 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const about = [c.purpose[line.purpose], line.serves && c.serves({ who: line.serves }), line.hours].filter(Boolean).join(' · ');
  return (
    <li className="helpline">
      <Heading className="helpline-name">{line.name}</Heading>
      <p className="helpline-about muted small">{about}</p>
      <div className="helpline-ways">
        {line.phone && (
          <a className="btn btn-primary" href={`tel:${dialable(line.phone)}`}>
            {c.call({ number: line.phone })}
          </a>
        )}
        {line.text && (
          <a className="btn btn-secondary" href={smsLink(line.text.number, line.text.keyword)}>
            {line.text.keyword ? c.textKeyword({ keyword: line.text.keyword, number: line.text.number }) : c.text({ number: line.text.number })}
          </a>
        )}
        {line.chat && <ExternalLink href={line.chat}>{c.chat}</ExternalLink>}
        {line.web && <ExternalLink href={line.web}>{siteName(line.web)}</ExternalLink>}
      </div>
    </li>
  );
}

/**
 * The picker, then help for the chosen country (or the international directory).
 * `withEmergency` puts the emergency number first, for places that do not show it already.
 */
export function HelpWhereYouAre({ withEmergency = true }: { withEmergency?: boolean }) {
  const [region] = useRegion();
  const country = useChosenCountry();
  return (
    <div className="stack">
      <RegionPicker />
      {country && (
        <>
          {withEmergency && <EmergencyCall code={country.code} />}
          <HelplinesFor code={country.code} />
          <p className="muted small">{c.trail}</p>
        </>
      )}
      <p>
        {country ? c.another : region === ELSEWHERE ? c.elsewhereBody : c.notChosen} <ExternalLink href={HELPLINE_DIRECTORY}>{c.directory}</ExternalLink>
      </p>
    </div>
  );
}

function ExternalLink({ href, children }: { href: string; children: string }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="help-external">
      {children}
    </a>
  );
}

/** RFC 5724 puts the body after "?"; the extra "&" keeps older iPhones reading it too. */
export function smsLink(number: string, keyword: string | null): string {
  return `sms:${dialable(number)}${keyword ? `?&body=${encodeURIComponent(keyword)}` : ''}`;
}

/** "https://www.samaritans.org/ireland" reads as "samaritans.org/ireland". */
export function siteName(link: string): string {
  const url = new URL(link);
  return `${url.hostname.replace(/^www\./, '')}${url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '')}`;
}
