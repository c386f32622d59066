import { statuses, type Status } from '../schema/report.ts';

export interface StatusInfo {
  status: Status;
  label: string;
  meaning: string;
  /** A shape that tells statuses apart without colour. */
  icon: string;
}

/** How each status reads on the site, and what it means; in the order of `statuses`. */
const info: Record<Status, Omit<StatusInfo, 'status'>> = {
  uitgevoerd: { label: 'Uitgevoerd', meaning: 'De belofte is volledig uitgevoerd.', icon: '●' },
  gedeeltelijk: { label: 'Gedeeltelijk uitgevoerd', meaning: 'Een deel van de belofte is uitgevoerd.', icon: '◐' },
  'in-uitvoering': { label: 'In uitvoering', meaning: 'De regering werkt aan de uitvoering.', icon: '◔' },
  'niet-gestart': { label: 'Niet gestart', meaning: 'Er is nog geen werk aan begonnen.', icon: '○' },
  'niet-uitgevoerd': { label: 'Niet uitgevoerd', meaning: 'De belofte is niet uitgevoerd.', icon: '✕' },
  'niet-toetsbaar': { label: 'Niet toetsbaar', meaning: 'De belofte is te vaag om te beoordelen.', icon: '?' },
  'niet-beoordeeld': {
    label: 'Nog niet beoordeeld',
    meaning: 'De redactie heeft deze sectie nog niet beoordeeld.',
    icon: '–',
  },
};

export function statusInfo(status: Status): StatusInfo {
  return { status, ...info[status] };
}

export const allStatuses: StatusInfo[] = statuses.map(statusInfo);
