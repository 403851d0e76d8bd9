/** Colours of the ACLED event types: one hue each, readable on the light basemap. */
export const TYPE_COLORS: Readonly<Record<string, string>> = {
  Battles: '#c0392b',
  'Explosions/Remote violence': '#e67e22',
  'Violence against civilians': '#8e44ad',
  Protests: '#2980b9',
  Riots: '#16a085',
  'Strategic developments': '#7f8c8d',
};

export const OTHER_COLOR = '#34495e';

export const EVENT_TYPES = Object.keys(TYPE_COLORS);

export function typeColor(type: string): string {
  return TYPE_COLORS[type] ?? OTHER_COLOR;
}
