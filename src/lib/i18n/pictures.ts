import type { PlaceKind } from '../geo/layout.ts';
import type { Place } from '../model.ts';
import type { Locale } from './strings.ts';

/** The words around an event's pictures: its photo's credit, its locator map's names, its link preview's description. */
export interface PictureStrings {
  /** Under a photo, after its caption. */
  credit: (credit: string) => string;
  /** A place's kind, in a word. */
  kinds: Record<PlaceKind, string>;
  /** The locator map's accessible name, given its places as placeText() writes them. */
  mapLabel: (places: string) => string;
  /** Before the places in the map's caption. */
  mapCaption: string;
  /** Added to the link preview's description when the card carries the photo, or the map. */
  previewPhoto: (alt: string) => string;
  previewMap: (places: string) => string;
}

const STRINGS: Record<Locale, PictureStrings> = {
  en: {
    credit: (credit) => `Photo: ${credit}`,
    kinds: { city: 'city', state: 'state', country: 'country', prison: 'prison', building: 'building' },
    mapLabel: (places) => `Locator map: ${places}`,
    mapCaption: 'Where',
    previewPhoto: (alt) => `with the photo: ${alt}`,
    previewMap: (places) => `with a map of where it happened: ${places}`,
  },
  es: {
    credit: (credit) => `Foto: ${credit}`,
    kinds: { city: 'ciudad', state: 'estado', country: 'país', prison: 'cárcel', building: 'edificio' },
    mapLabel: (places) => `Mapa de ubicación: ${places}`,
    mapCaption: 'Dónde',
    previewPhoto: (alt) => `con la foto: ${alt}`,
    previewMap: (places) => `con un mapa de dónde ocurrió: ${places}`,
  },
};

export function pictureStrings(locale: Locale): PictureStrings {
  return STRINGS[locale];
}

/** "Caracas (city), Venezuela"; a whole country, "Venezuela (country)". The country in the edition's words where a translation gives them. */
export function placeText(place: Pick<Place, 'name' | 'kind' | 'country' | 'countryName'>, locale: Locale): string {
  const kind = STRINGS[locale].kinds[place.kind];
  return place.kind === 'country' ? `${place.name} (${kind})` : `${place.name} (${kind}), ${place.countryName ?? place.country}`;
}

/** Every place of an event in one line: "Caracas (city), Venezuela; New York (city), United States" (each place has commas of its own). */
export function placesText(places: readonly Pick<Place, 'name' | 'kind' | 'country' | 'countryName'>[], locale: Locale): string {
  return places.map((place) => placeText(place, locale)).join('; ');
}
